package com.duskspendr.ml.insights.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.outbox.Outbox;
import com.duskspendr.ml.events.AnomalyDetected;
import com.duskspendr.ml.insights.control.Anomaly;
import com.duskspendr.ml.insights.control.AnomalyChecks;
import com.duskspendr.ml.insights.control.InsightSettings;
import com.duskspendr.ml.insights.control.PaymentIndex;
import com.duskspendr.ml.insights.control.RecentHistories;
import com.duskspendr.ml.insights.control.SeverityRules;
import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a transaction that just arrived against the owner's other transactions of the last months and
 * publishes one {@link AnomalyDetected} per finding, in the caller's transaction (the consuming MDB's: a
 * rolled-back delivery publishes nothing, and its redelivery publishes once).
 */
@Stateless
public class TransactionAnomalies {

  private static final Logger LOG = Logger.getLogger(TransactionAnomalies.class.getName());

  @Inject RecentHistories histories;
  @Inject Outbox outbox;
  @Inject InsightSettings settings;

  @Inject
  @ConfigProperty(name = "duskspendr.insights.anomaly.lookback-months", defaultValue = "15")
  int lookbackMonths;

  /**
   * Runs for every new transaction, so it reads far fewer rows than a report: for a typical user (up to
   * ~130 transactions a month) 2,000 rows still cover the whole lookback; for a heavy one the comparison
   * narrows to their latest 2,000. Reading the report's 20,000 rows for each create of a user with 100,000
   * transactions took most of the server's CPU under a create load (8 creates/s; see the README).
   */
  @Inject
  @ConfigProperty(name = "duskspendr.insights.anomaly.max-rows", defaultValue = "2000")
  int maxRows;

  /**
   * @param recordedAt when the payment was recorded: it is compared with the history as it was then (a
   *     consumer may see the event late, after later payments were recorded), so of two duplicate payments
   *     only the later one is reported, whichever event is examined first
   * @return what was published
   */
  public List<AnomalyDetected> examine(AccountId owner, HistoryEntry payment, Instant recordedAt) {
    if (!payment.isSpending()) {
      return List.of();
    }
    // Up to the duplicate window after it too: a back-dated transaction may duplicate a later one.
    List<HistoryEntry> others = histories
        .between(owner, payment.date().minusMonths(Math.max(1, lookbackMonths)),
            payment.date().plusDays(settings.duplicateWindowDays()), Math.max(1, maxRows), recordedAt)
        .stream()
        .filter(e -> !e.id().equals(payment.id()))
        .toList();
    List<AnomalyDetected> published = new AnomalyChecks(settings).check(payment, PaymentIndex.of(others)).stream()
        .map(anomaly -> event(owner, anomaly))
        .toList();
    for (AnomalyDetected event : published) {
      outbox.publish(AnomalyDetected.EVENT, owner, event);
      LOG.fine(() -> "AnomalyDetected " + event.kind() + " for transaction " + event.transactionId());
    }
    return published;
  }

  private static AnomalyDetected event(AccountId owner, Anomaly anomaly) {
    return new AnomalyDetected(
        owner.toString(),
        anomaly.transaction().id().toString(),
        anomaly.kind().wireName(),
        SeverityRules.of(anomaly.kind()).wireName(),
        anomaly.title(),
        anomaly.message(),
        anomaly.transaction().currency(),
        anomaly.facts());
  }
}
