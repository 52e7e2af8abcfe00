package com.duskspendr.notifications.delivery.control;

/** Sends one text message; the provider behind it is configured in MicroProfile Config. */
public interface SmsGateway {

  /** Whether this server has the provider's credentials; without them SMS deliveries are skipped. */
  boolean configured();

  /** What to configure, for the reason of a skipped delivery. */
  String setting();

  /**
   * @param to E.164
   * @return the provider's response code
   * @throws DeliveryRefusedException when the provider refuses the number for good (invalid, opted out)
   */
  int send(String to, String text) throws DeliveryException;
}
