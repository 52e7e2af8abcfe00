package com.duskspendr.notifications.triggers.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.messaging.MalformedMessageException;
import com.duskspendr.platform.money.Money;
import com.duskspendr.transactions.events.TransactionRecorded;
import org.junit.jupiter.api.Test;

class AlertsTest {

  private static final Money THRESHOLD = Money.of("500.00", "USD");

  private static TransactionRecorded payment(String amount, String currency) {
    return new TransactionRecorded("u", "t", 1, amount, currency, "2026-12-03", "m", null);
  }

  @Test
  void onlyMoneyOutAtLeastTheThresholdInItsCurrencyIsLarge() {
    assertTrue(Alerts.isLarge(payment("-500.00", "USD"), THRESHOLD));
    assertTrue(Alerts.isLarge(payment("-650.10", "USD"), THRESHOLD));
    assertFalse(Alerts.isLarge(payment("-499.99", "USD"), THRESHOLD));
    assertFalse(Alerts.isLarge(payment("900.00", "USD"), THRESHOLD), "money in is not a payment");
    assertFalse(Alerts.isLarge(payment("-900.00", "EUR"), THRESHOLD), "another currency is not compared");
  }

  @Test
  void aBrokenAmountIsAMalformedMessage() {
    assertThrows(MalformedMessageException.class, () -> Alerts.isLarge(payment("lots", "USD"), THRESHOLD));
  }
}
