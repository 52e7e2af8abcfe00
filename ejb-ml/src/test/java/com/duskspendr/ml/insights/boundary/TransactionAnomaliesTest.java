package com.duskspendr.ml.insights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.ml.insights.control.InsightSettings;
import com.duskspendr.ml.events.AnomalyDetected;
import com.duskspendr.platform.outbox.Outbox;
import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import com.duskspendr.transactions.ledger.boundary.HistoryWindow;
import java.math.BigDecimal;
import com.duskspendr.ml.insights.control.RecentHistories;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TransactionAnomaliesTest {

  private static final AccountId OWNER = new AccountId(UUID.randomUUID());

  private record Published(String type, int version, AccountId owner, Object payload) {}

  private final List<Published> published = new ArrayList<>();
  private final List<LocalDate[]> ranges = new ArrayList<>();
  private final List<Integer> rowLimits = new ArrayList<>();
  private final List<Instant> recordedBys = new ArrayList<>();
  private static final Instant RECORDED = Instant.parse("2026-03-02T09:30:00Z");

  private TransactionAnomalies anomalies(List<HistoryEntry> stored) {
    TransactionAnomalies anomalies = new TransactionAnomalies();
    anomalies.settings = InsightSettings.defaults();
    anomalies.lookbackMonths = 15;
    anomalies.maxRows = 2000;
    anomalies.histories = RecentHistories.reading((owner, from, to, maxRows, recordedBy) -> {
      ranges.add(new LocalDate[] {from, to});
      rowLimits.add(maxRows);
      recordedBys.add(recordedBy);
      return new HistoryWindow(from, to, stored, false);
    }, Duration.ofSeconds(10));
    Outbox outbox = (type, owner, payload) -> {
      published.add(new Published(type.name(), type.version(), owner, payload));
      return UUID.randomUUID();
    };
    anomalies.outbox = outbox;
    return anomalies;
  }

  private static HistoryEntry payment(String date, String amount) {
    return HistoryEntry.of(UUID.randomUUID(), LocalDate.parse(date), new BigDecimal(amount), "USD", "Gym Club", null);
  }

  @Test
  void aDuplicatePublishesOneAnomalyDetectedVersionOne() {
    HistoryEntry earlier = payment("2026-03-01", "-29.99");
    HistoryEntry arrived = payment("2026-03-02", "-29.99");

    // The history already holds the arrived transaction itself: it must not count as its own duplicate.
    List<AnomalyDetected> events = anomalies(List.of(earlier, arrived)).examine(OWNER, arrived, RECORDED);

    assertEquals(1, events.size());
    assertEquals(1, published.size());
    Published event = published.get(0);
    assertEquals("AnomalyDetected", event.type());
    assertEquals(1, event.version());
    assertEquals(OWNER, event.owner());
    AnomalyDetected payload = (AnomalyDetected) event.payload();
    assertEquals("duplicate_charge", payload.kind());
    assertEquals("alert", payload.severity());
    assertEquals(arrived.id().toString(), payload.transactionId());
    assertEquals(earlier.id().toString(), payload.facts().get("otherTransactionId"));
    // 15 months back, and the duplicate window ahead (a back-dated arrival may duplicate a later payment)
    assertEquals(LocalDate.parse("2024-12-02"), ranges.get(0)[0]);
    assertEquals(LocalDate.parse("2026-03-05"), ranges.get(0)[1]);
    // the real-time check reads its own, smaller row budget, not a report's
    assertEquals(List.of(2000), rowLimits);
    // and the history as it was when the payment was recorded, however late its event is examined
    assertEquals(List.of(RECORDED), recordedBys);
  }

  @Test
  void nothingUnusualPublishesNothingAndMoneyInIsNotEvenLookedAt() {
    HistoryEntry arrived = payment("2026-03-02", "-29.99");
    assertTrue(anomalies(List.of(arrived)).examine(OWNER, arrived, RECORDED).isEmpty());

    anomalies(List.of()).examine(OWNER, payment("2026-03-02", "29.99"), RECORDED);
    assertTrue(published.isEmpty());
    assertEquals(1, ranges.size(), "a refund needs no history");
  }
}
