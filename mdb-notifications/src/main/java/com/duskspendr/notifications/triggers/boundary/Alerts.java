package com.duskspendr.notifications.triggers.boundary;

import com.duskspendr.auth.events.SecurityEventOccurred;
import com.duskspendr.ml.events.AnomalyDetected;
import com.duskspendr.notifications.preferences.boundary.PreferencesService;
import com.duskspendr.notifications.triggers.control.AlertComposer;
import com.duskspendr.notifications.triggers.control.NotificationIntake;
import com.duskspendr.platform.messaging.EventEnvelope;
import com.duskspendr.platform.messaging.MalformedMessageException;
import com.duskspendr.platform.money.Money;
import com.duskspendr.transactions.events.BudgetThresholdCrossed;
import com.duskspendr.transactions.events.TransactionRecorded;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/** What the consumer delegates to: one method per triggering event, in the consumer's transaction. */
@Stateless
public class Alerts {

  @EJB NotificationIntake intake;
  @EJB PreferencesService preferences;

  /** Dispatches by the event's type (the consumer's selector lets only these through). */
  public Optional<UUID> onEvent(EventEnvelope envelope) {
    return switch (envelope.type()) {
      case BudgetThresholdCrossed.TYPE -> budgetCrossed(envelope);
      case AnomalyDetected.TYPE -> anomalyDetected(envelope);
      case TransactionRecorded.TYPE -> transactionRecorded(envelope);
      case SecurityEventOccurred.TYPE ->
          intake.accept(AlertComposer.security(owned(envelope), envelope.payloadAs(SecurityEventOccurred.class)));
      default -> throw new MalformedMessageException("no alert for " + envelope.type());
    };
  }

  public Optional<UUID> budgetCrossed(EventEnvelope envelope) {
    return intake.accept(AlertComposer.budgetCrossed(owned(envelope), envelope.payloadAs(BudgetThresholdCrossed.class)));
  }

  public Optional<UUID> anomalyDetected(EventEnvelope envelope) {
    return intake.accept(AlertComposer.anomaly(owned(envelope), envelope.payloadAs(AnomalyDetected.class)));
  }

  /** Only money out at least as large as the user's own threshold, in the threshold's currency, alerts. */
  public Optional<UUID> transactionRecorded(EventEnvelope envelope) {
    TransactionRecorded event = envelope.payloadAs(TransactionRecorded.class);
    Money threshold = preferences.settingsOf(owned(envelope).owner()).largeTransactionThreshold();
    if (threshold == null || !isLarge(event, threshold)) {
      return Optional.empty();
    }
    return intake.accept(AlertComposer.largeTransaction(envelope, event));
  }

  static boolean isLarge(TransactionRecorded event, Money threshold) {
    if (event.amount() == null || !threshold.currency().getCurrencyCode().equals(event.currency())) {
      return false;
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(event.amount());
    } catch (NumberFormatException e) {
      throw new MalformedMessageException("amount is not a decimal");
    }
    return amount.signum() < 0 && amount.negate().compareTo(threshold.amount()) >= 0;
  }

  private static EventEnvelope owned(EventEnvelope envelope) {
    if (envelope.owner() == null) {
      throw new MalformedMessageException(envelope.type() + " without an owner");
    }
    return envelope;
  }
}
