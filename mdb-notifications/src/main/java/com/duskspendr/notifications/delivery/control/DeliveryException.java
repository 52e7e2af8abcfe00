package com.duskspendr.notifications.delivery.control;

/**
 * A delivery did not go out. {@link #permanent()}: trying again cannot help (the provider refused the
 * recipient, the channel is not configured); otherwise it is tried again later.
 */
public class DeliveryException extends Exception {

  private final boolean permanent;
  private final Integer responseCode;

  public DeliveryException(String message, boolean permanent, Integer responseCode, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
    this.responseCode = responseCode;
  }

  public static DeliveryException transientFailure(String message, Throwable cause) {
    return new DeliveryException(message, false, null, cause);
  }

  public boolean permanent() {
    return permanent;
  }

  public Integer responseCode() {
    return responseCode;
  }
}
