package com.duskspendr.notifications.push.control;

import com.duskspendr.notifications.delivery.control.DeliveryException;
import com.duskspendr.notifications.push.boundary.Platform;

/**
 * One push protocol. Implementations are CDI beans with their own timeout and circuit breaker, so that one
 * provider's outage opens only its own breaker.
 */
public interface PushProvider {

  Platform platform();

  /** Whether this server has the provider's credentials; without them its deliveries are skipped. */
  boolean configured();

  /** What to configure, for the reason of a skipped delivery. */
  String setting();

  /**
   * Sends once, synchronously.
   *
   * @return the provider's response code
   * @throws DeviceGoneException when the provider says the token or subscription is no more
   * @throws DeliveryException when it did not go out
   */
  int send(PushTarget device, PushContent content) throws DeliveryException;
}
