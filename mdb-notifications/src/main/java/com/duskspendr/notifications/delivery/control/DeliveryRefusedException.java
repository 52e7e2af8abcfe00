package com.duskspendr.notifications.delivery.control;

/**
 * The provider answered and refused this delivery for good (an unknown recipient, a token gone): it is
 * recorded as failed at once, and it says nothing about the provider's health (no circuit breaker trips).
 */
public class DeliveryRefusedException extends DeliveryException {

  public DeliveryRefusedException(String message, Integer responseCode, Throwable cause) {
    super(message, true, responseCode, cause);
  }
}
