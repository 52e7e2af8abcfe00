package com.duskspendr.notifications.push.control;

import com.duskspendr.notifications.delivery.control.DeliveryRefusedException;

/** The provider says the token or subscription is no more (uninstalled, unsubscribed): the device is removed. */
public class DeviceGoneException extends DeliveryRefusedException {

  public DeviceGoneException(String message, Integer responseCode) {
    super(message, responseCode, null);
  }
}
