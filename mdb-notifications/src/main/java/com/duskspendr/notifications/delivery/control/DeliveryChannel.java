package com.duskspendr.notifications.delivery.control;

import com.duskspendr.notifications.preferences.boundary.Channel;
import com.duskspendr.platform.identity.AccountId;
import java.util.List;

/** One way out (email, push, SMS, webhook). Implementations are CDI beans; their calls are fault tolerant. */
public interface DeliveryChannel {

  Channel channel();

  /**
   * What to deliver to for this user and notification type now: one entry per device or subscription,
   * {@code ""} for the user themselves (email, SMS), none when there is nothing to send to.
   */
  List<String> targets(AccountId owner, String notificationType);

  /**
   * Sends once, synchronously. Called outside any transaction.
   *
   * @return the provider's response code, or null when the protocol has none
   * @throws DeliveryException when it did not go out
   */
  Integer send(DeliveryJob job) throws DeliveryException;

  /**
   * The deliveries of one lane are sent one after another, lanes in parallel: a channel with several
   * providers (push) gives each its own lane, so that one slow provider holds back only its own.
   */
  default String lane(DeliveryJob job) {
    return job.channel();
  }

  /** Told when a delivery failed for good (retries exhausted, or refused), outside any transaction. */
  default void gaveUp(DeliveryJob job, String reason) {}
}
