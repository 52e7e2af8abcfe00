package com.duskspendr.notifications.push.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.duskspendr.notifications.webhooks.control.TargetGuard;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.platform.failure.InvalidInputException;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceRequestTest {

  private static final TargetGuard GUARD = new TargetGuard(false);
  private static final String P256DH = Base64.getUrlEncoder().withoutPadding().encodeToString(key(65, (byte) 4));
  private static final String AUTH = Base64.getUrlEncoder().withoutPadding().encodeToString(key(16, (byte) 1));

  @Test
  void tokensAreCheckedPerPlatform() {
    assertEquals("abc:DEF_12-3", new DeviceRequest("fcm", "abc:DEF_12-3", null, null, null).check(GUARD).token());
    String hex = "AB".repeat(32);
    assertEquals("ab".repeat(32), new DeviceRequest("apns", hex, null, null, null).check(GUARD).token());
    assertEquals(List.of("token"), fields(new DeviceRequest("apns", "xyz", null, null, null)));
    assertEquals(List.of("token"), fields(new DeviceRequest("fcm", "has space", null, null, null)));
    assertEquals(List.of("token"), fields(new DeviceRequest("fcm", null, null, null, null)));
    assertEquals(List.of("subscription", "token"), fields(new DeviceRequest("fcm", null, "https://x", null, null)));
    assertEquals(List.of("platform"), fields(new DeviceRequest("pager", "t", null, null, null)));
    // the product spec's names for the same platforms
    assertEquals(Platform.FCM, new DeviceRequest("android", "abc:DEF_12-3", null, null, null).check(GUARD).platform());
    assertEquals(Platform.APNS, new DeviceRequest("ios", hex, null, null, null).check(GUARD).platform());
    assertEquals(Platform.WEBPUSH,
        new DeviceRequest("web", null, "https://93.184.215.14/push/abc", P256DH, AUTH).check(GUARD).platform());
    assertEquals(List.of("platform"), fields(new DeviceRequest("IOS", hex, null, null, null)));
    assertEquals(List.of("platform"), fields(new DeviceRequest(null, "t", null, null, null)));
  }

  @Test
  void aSubscriptionNeedsAPublicHttpsEndpointAndBothKeys() {
    DeviceRequest.Valid ok = new DeviceRequest("webpush", null, "https://93.184.215.14/push/abc", P256DH, AUTH)
        .check(GUARD);
    assertEquals("https://93.184.215.14/push/abc", ok.token());
    assertEquals(P256DH, ok.p256dh());
    assertEquals(List.of("subscription.endpoint", "subscription.keys.auth", "subscription.keys.p256dh", "token"),
        fields(new DeviceRequest("webpush", "t", "http://169.254.169.254/", "short", "!!")));
    String compressed = Base64.getUrlEncoder().encodeToString(key(65, (byte) 2));
    assertEquals(List.of("subscription.keys.p256dh"),
        fields(new DeviceRequest("webpush", null, "https://93.184.215.14/p", compressed, AUTH)));
    assertEquals(List.of("subscription.endpoint", "subscription.keys.auth", "subscription.keys.p256dh"),
        fields(new DeviceRequest("webpush", null, null, null, null)));
  }

  private static List<String> fields(DeviceRequest request) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> request.check(GUARD));
    return e.issues().stream().map(FieldIssue::field).sorted().toList();
  }

  private static byte[] key(int length, byte first) {
    byte[] b = new byte[length];
    b[0] = first;
    for (int i = 1; i < length; i++) {
      b[i] = (byte) i;
    }
    return b;
  }
}
