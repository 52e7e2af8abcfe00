package com.duskspendr.notifications.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SmsChannelTest {

  @Test
  void aTextIsTitleAndBodyCutToTwoSegments() {
    assertEquals("DuskSpendr: Food at 80%. 80.00 USD of 100.00 USD spent.",
        SmsChannel.text(content("Food at 80%", "80.00 USD of 100.00 USD spent.")));
    String cut = SmsChannel.text(content("Long", "x".repeat(1000)));
    assertEquals(SmsChannel.MAX_LENGTH, cut.length());
    assertTrue(cut.endsWith("…"));
  }

  private static DeliveryJob.Content content(String title, String body) {
    return new DeliveryJob.Content(UUID.randomUUID(), "budget", title, body, Map.of(), Instant.now());
  }
}
