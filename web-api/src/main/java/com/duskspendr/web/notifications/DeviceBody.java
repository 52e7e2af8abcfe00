package com.duskspendr.web.notifications;

import com.duskspendr.notifications.push.boundary.DeviceRequest;

/**
 * {@code POST /notifications/devices}: {@code {platform: fcm|apns, token}} or {@code {platform: webpush,
 * subscription}} where the subscription is what the browser's {@code PushSubscription.toJSON()} gives.
 */
public record DeviceBody(String platform, String token, Subscription subscription) {

  /** @param expirationTime as browsers send it; not used (a gone subscription is removed when its service says so) */
  public record Subscription(String endpoint, Object expirationTime, Keys keys) {}

  /** @param p256dh the browser's P-256 public key, base64url; @param auth its 16-byte auth secret, base64url */
  public record Keys(String p256dh, String auth) {}

  DeviceRequest toRequest() {
    Keys keys = subscription == null ? null : subscription.keys();
    return new DeviceRequest(platform, token, subscription == null ? null : subscription.endpoint(),
        keys == null ? null : keys.p256dh(), keys == null ? null : keys.auth());
  }
}
