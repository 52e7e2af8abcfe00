package com.duskspendr.ml.events;

import com.duskspendr.platform.messaging.EventType;
import java.util.Map;

/**
 * Version 1 of {@value #TYPE}, published on the domain-events topic when a recorded transaction looks
 * unusual, so that notifications can alert the user at once.
 *
 * @param kind {@code unusual_amount}, {@code duplicate_charge} or {@code first_time_merchant}
 * @param severity {@code alert} (duplicate) or {@code warning}
 * @param facts the numbers behind it, as in the insights API (amounts as exact decimal strings)
 */
public record AnomalyDetected(
    String userId,
    String transactionId,
    String kind,
    String severity,
    String title,
    String message,
    String currency,
    Map<String, Object> facts) {

  public static final String TYPE = "AnomalyDetected";
  public static final int VERSION = 1;
  public static final EventType EVENT = EventType.domainEvent(TYPE, VERSION, MlEvents.PUBLISHER);
}
