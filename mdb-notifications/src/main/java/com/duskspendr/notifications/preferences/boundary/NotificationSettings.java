package com.duskspendr.notifications.preferences.boundary;

import com.duskspendr.platform.money.Money;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A user's notification settings.
 *
 * @param channels the channels of every type (an empty set: that type is off)
 * @param quietHours null: none
 * @param largeTransactionThreshold a payment at least this large (money out, same currency) alerts; null: off
 * @param digest whether the weekly digest is sent
 * @param phoneNumber where SMS alerts go (E.164); null: none, and SMS sends nothing
 */
public record NotificationSettings(
    Map<NotificationType, Set<Channel>> channels, QuietHours quietHours, Money largeTransactionThreshold, boolean digest,
    String phoneNumber) {

  public NotificationSettings(
      Map<NotificationType, Set<Channel>> channels, QuietHours quietHours, Money largeTransactionThreshold, boolean digest) {
    this(channels, quietHours, largeTransactionThreshold, digest, null);
  }

  public NotificationSettings {
    Objects.requireNonNull(channels, "channels");
    EnumMap<NotificationType, Set<Channel>> complete = new EnumMap<>(NotificationType.class);
    for (NotificationType type : NotificationType.values()) {
      Set<Channel> given = channels.get(type);
      complete.put(type, given == null || given.isEmpty()
          ? Collections.unmodifiableSet(EnumSet.noneOf(Channel.class))
          : Collections.unmodifiableSet(EnumSet.copyOf(given)));
    }
    channels = Collections.unmodifiableMap(complete);
  }

  /**
   * What a user gets without choosing: in-app and push for everything; email too for security events and
   * the digest (an account being taken over must reach the user even without the app); SMS, which costs
   * money per message, never; webhooks for every type, which send nothing until the user registers one.
   */
  public static NotificationSettings defaults() {
    EnumMap<NotificationType, Set<Channel>> channels = new EnumMap<>(NotificationType.class);
    for (NotificationType type : NotificationType.values()) {
      channels.put(type, EnumSet.of(Channel.IN_APP, Channel.PUSH, Channel.WEBHOOK));
    }
    channels.get(NotificationType.SECURITY).add(Channel.EMAIL);
    channels.get(NotificationType.DIGEST).add(Channel.EMAIL);
    return new NotificationSettings(channels, null, null, true);
  }

  public Set<Channel> channelsOf(NotificationType type) {
    if (type == NotificationType.DIGEST && !digest) {
      return Set.of();
    }
    return channels.get(type);
  }
}
