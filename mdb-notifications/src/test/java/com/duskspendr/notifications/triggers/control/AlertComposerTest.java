package com.duskspendr.notifications.triggers.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.notifications.preferences.boundary.NotificationType;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.messaging.EventEnvelope;
import com.duskspendr.transactions.events.BudgetThresholdCrossed;
import com.duskspendr.transactions.events.TransactionRecorded;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AlertComposerTest {

  private static final AccountId OWNER = new AccountId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));

  private static EventEnvelope envelope(UUID eventId, AccountId owner) {
    return new EventEnvelope(eventId, "X", 1, "test", owner, Instant.parse("2026-12-03T10:00:00Z"), "{}");
  }

  @Test
  void aBudgetCrossingSaysHowMuchOfWhatIsSpent() {
    BudgetThresholdCrossed event = new BudgetThresholdCrossed(1, UUID.randomUUID(), "food_and_drink.groceries", 80,
        "85.00", "100.00", "USD", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
    Alert alert = AlertComposer.budgetCrossed(envelope(UUID.randomUUID(), OWNER), event);
    assertEquals(NotificationType.BUDGET, alert.type());
    assertEquals("80% of your food and drink / groceries budget used", alert.title());
    assertTrue(alert.body().contains("85.00 USD of 100.00 USD"), alert.body());
    assertEquals("85.00", alert.data().get("spent"));
    assertEquals("80", alert.data().get("threshold"));
    assertEquals(OWNER, alert.owner());
  }

  @Test
  void theHundredPercentCrossingSaysTheBudgetIsUsedUp() {
    BudgetThresholdCrossed event = new BudgetThresholdCrossed(1, UUID.randomUUID(), "travel", 100,
        "120.00", "100.00", "EUR", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
    assertEquals("Budget used up: travel", AlertComposer.budgetCrossed(envelope(UUID.randomUUID(), OWNER), event).title());
  }

  @Test
  void aLargePaymentShowsTheAmountWithoutItsSign() {
    TransactionRecorded event = new TransactionRecorded(OWNER.toString(), UUID.randomUUID().toString(), 1, "-650.00",
        "USD", "2026-12-03", "Big Store", "general_merchandise");
    Alert alert = AlertComposer.largeTransaction(envelope(UUID.randomUUID(), OWNER), event);
    assertEquals("Large payment: 650.00 USD", alert.title());
    assertTrue(alert.body().contains("at Big Store"));
    assertEquals("-650.00", alert.data().get("amount"));
  }

  @Test
  void securityAlertsAreUrgentAndNameTheDevice() {
    Alert alert = AlertComposer.security(envelope(UUID.randomUUID(), OWNER),
        new com.duskspendr.auth.events.SecurityEventOccurred("new_device_login", "s1", null, "2026-12-03T10:00:00Z"));
    assertEquals(NotificationType.SECURITY, alert.type());
    assertTrue(alert.type().urgent());
    assertEquals("New sign-in on an unnamed device", alert.title());
    assertEquals("A device was signed out", AlertComposer.security(envelope(UUID.randomUUID(), OWNER),
        new com.duskspendr.auth.events.SecurityEventOccurred("session_revoked", "s1", "Pixel", "2026-12-03T10:00:00Z"))
        .title());
  }

  @Test
  void theNotificationIdIsTheSameForTheSameEventAndUserOnly() {
    UUID eventId = UUID.randomUUID();
    BudgetThresholdCrossed event = new BudgetThresholdCrossed(1, UUID.randomUUID(), "travel", 80,
        "80.00", "100.00", "EUR", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
    UUID first = AlertComposer.budgetCrossed(envelope(eventId, OWNER), event).notificationId();
    assertEquals(first, AlertComposer.budgetCrossed(envelope(eventId, OWNER), event).notificationId());
    assertNotEquals(first, AlertComposer.budgetCrossed(envelope(UUID.randomUUID(), OWNER), event).notificationId());
    AccountId other = new AccountId(UUID.randomUUID());
    assertNotEquals(first, AlertComposer.budgetCrossed(envelope(eventId, other), event).notificationId());
  }

  @Test
  void aDisabledWebhookIsASecurityNoticeToldOncePerDisabling() {
    AccountId owner = new AccountId(UUID.randomUUID());
    UUID hook = UUID.randomUUID();
    Instant at = Instant.parse("2026-12-03T15:00:00Z");
    Alert alert = AlertComposer.webhookDisabled(owner, hook, "https://hooks.example.com/x", "the receiver answered 410 Gone", at);
    assertEquals(NotificationType.SECURITY, alert.type());
    assertEquals(hook.toString(), alert.data().get("webhookId"));
    assertTrue(alert.body().contains("https://hooks.example.com/x"));
    assertEquals(alert.eventId(), AlertComposer.webhookDisabled(owner, hook, "https://hooks.example.com/x", "again", at).eventId());
    assertNotEquals(alert.eventId(),
        AlertComposer.webhookDisabled(owner, hook, "https://hooks.example.com/x", "later", at.plusSeconds(60)).eventId());
  }
}
