package com.duskspendr.notifications.delivery.control;

/** The channel is not set up on this server: the delivery is recorded as skipped, with this reason. */
public class ChannelUnavailableException extends DeliveryException {

  public ChannelUnavailableException(String reason) {
    super(reason, true, null, null);
  }
}
