package com.duskspendr.notifications.push.boundary;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a device is reached, named by protocol: a browser's Web Push subscription, an Android (or any FCM)
 * app's registration token, an Apple device's APNs token.
 */
public enum Platform {
  WEBPUSH("webpush"),
  FCM("fcm"),
  APNS("apns");

  private final String wireName;

  Platform(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<Platform> fromWire(String text) {
    return Arrays.stream(values()).filter(p -> p.wireName.equals(text)).findFirst();
  }
}
