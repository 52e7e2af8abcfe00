package com.duskspendr.notifications.push.boundary;

import com.duskspendr.notifications.webhooks.control.TargetGuard;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.platform.failure.InvalidInputException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A device as a client registers it, before it is checked: {@link #check(TargetGuard)} names every invalid
 * field at once.
 *
 * @param platform {@code webpush}, {@code fcm} or {@code apns}; {@code web}, {@code android} and {@code ios} name the same
 * @param token fcm and apns: the registration or device token
 * @param endpoint, p256dh, auth webpush: the browser's {@code PushSubscription} (endpoint and keys)
 */
public record DeviceRequest(String platform, String token, String endpoint, String p256dh, String auth) {

  static final int MAX_TOKEN_LENGTH = 4096;
  static final int MAX_ENDPOINT_LENGTH = 2048;
  /** FCM registration tokens: base64url-ish text with colons; APNs tokens: hex (32 bytes today, maybe longer). */
  private static final Pattern FCM_TOKEN = Pattern.compile("[A-Za-z0-9_:.\\-]+");
  private static final Pattern APNS_TOKEN = Pattern.compile("([0-9a-fA-F]{2}){32,100}");

  /** What is stored: the token is the Web Push endpoint for a subscription. */
  public record Valid(Platform platform, String token, String p256dh, String auth) {}

  /**
   * @param guard where a Web Push endpoint may point (as a webhook: https, a public address); the server
   *     POSTs to it, so it must not be a way into our own network
   */
  public Valid check(TargetGuard guard) {
    List<FieldIssue> issues = new ArrayList<>();
    Platform chosen = platform == null ? null : Platform.fromWire(platform).orElse(null);
    if (chosen == null) {
      issues.add(new FieldIssue("platform", "must be one of webpush, fcm, apns (or web, android, ios)"));
      throw new InvalidInputException(issues);
    }
    String checkedToken = null;
    if (chosen == Platform.WEBPUSH) {
      if (token != null) {
        issues.add(new FieldIssue("token", "only for fcm and apns; webpush sends its subscription"));
      }
      if (endpoint == null) {
        issues.add(new FieldIssue("subscription.endpoint", "is required"));
      } else if (endpoint.length() > MAX_ENDPOINT_LENGTH) {
        issues.add(new FieldIssue("subscription.endpoint", "must be at most " + MAX_ENDPOINT_LENGTH + " characters"));
      } else {
        guard.refusal(endpoint).ifPresent(reason -> issues.add(new FieldIssue("subscription.endpoint", reason)));
      }
      key(p256dh, "subscription.keys.p256dh", 65, "an uncompressed P-256 public key (65 bytes), base64url", issues);
      if (p256dh != null && issues.stream().noneMatch(i -> i.field().equals("subscription.keys.p256dh"))
          && decode(p256dh)[0] != 0x04) {
        issues.add(new FieldIssue("subscription.keys.p256dh", "must be an uncompressed P-256 public key (65 bytes), base64url"));
      }
      key(auth, "subscription.keys.auth", 16, "16 random bytes, base64url", issues);
      checkedToken = endpoint;
    } else {
      if (endpoint != null || p256dh != null || auth != null) {
        issues.add(new FieldIssue("subscription", "only for webpush"));
      }
      Pattern pattern = chosen == Platform.FCM ? FCM_TOKEN : APNS_TOKEN;
      if (token == null || token.isEmpty()) {
        issues.add(new FieldIssue("token", "is required"));
      } else if (token.length() > MAX_TOKEN_LENGTH || !pattern.matcher(token).matches()) {
        issues.add(new FieldIssue("token", chosen == Platform.FCM
            ? "must be an FCM registration token" : "must be an APNs device token (hex)"));
      } else {
        checkedToken = chosen == Platform.APNS ? token.toLowerCase(Locale.ROOT) : token;
      }
    }
    if (!issues.isEmpty()) {
      throw new InvalidInputException(issues);
    }
    return new Valid(chosen, checkedToken, chosen == Platform.WEBPUSH ? p256dh : null,
        chosen == Platform.WEBPUSH ? auth : null);
  }

  private static void key(String value, String field, int bytes, String what, List<FieldIssue> issues) {
    if (value == null) {
      issues.add(new FieldIssue(field, "is required"));
      return;
    }
    byte[] decoded = value.length() > 200 ? null : decode(value);
    if (decoded == null || decoded.length != bytes) {
      issues.add(new FieldIssue(field, "must be " + what));
    }
  }

  /** Browsers send unpadded base64url; padding is tolerated. Null when it is not base64url at all. */
  static byte[] decode(String value) {
    try {
      return Base64.getUrlDecoder().decode(value.replace("=", ""));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
