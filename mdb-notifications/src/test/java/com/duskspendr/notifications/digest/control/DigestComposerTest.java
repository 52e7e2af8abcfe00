package com.duskspendr.notifications.digest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.analytics.spending.boundary.SpendingSummary;
import com.duskspendr.analytics.spending.boundary.SpendingSummary.CategoryTotal;
import com.duskspendr.analytics.spending.boundary.SpendingSummary.CurrencySummary;
import com.duskspendr.notifications.preferences.boundary.NotificationType;
import com.duskspendr.notifications.triggers.control.Alert;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.budgets.boundary.BudgetPeriod;
import com.duskspendr.transactions.budgets.boundary.BudgetProgress;
import com.duskspendr.transactions.budgets.boundary.BudgetView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DigestComposerTest {

  private static final AccountId OWNER = new AccountId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
  private static final DigestWeek WEEK = DigestWeek.containing(LocalDate.of(2026, 12, 3));
  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  private static SpendingSummary spending() {
    return new SpendingSummary(WEEK.reportFrom(), WEEK.reportTo(), 7, List.of(
        new CurrencySummary("EUR", "92.50", "0.00", "-92.50", 3, "13.21", List.of(
            new CategoryTotal("food_and_drink", "Food and drink", "80.00", "0.00", 2, new BigDecimal("0.8649")),
            new CategoryTotal("transport", "Transport", "12.50", "0.00", 1, new BigDecimal("0.1351")),
            new CategoryTotal("income", "Income", "0.00", "100.00", 1, BigDecimal.ZERO))),
        new CurrencySummary("USD", "0.00", "0.00", "0.00", 0, "0.00", List.of())));
  }

  private static BudgetView budget(String category, String spent, String limit) {
    return new BudgetView(UUID.randomUUID(), category, new BigDecimal(limit), "EUR", BudgetPeriod.MONTHLY,
        LocalDate.of(2026, 1, 1), false, List.of(80, 100), 0, OffsetDateTime.now(), OffsetDateTime.now(),
        new BudgetProgress(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), new BigDecimal(limit),
            BigDecimal.ZERO, new BigDecimal(spent), new BigDecimal(limit).subtract(new BigDecimal(spent)), null, null));
  }

  @Test
  void listsLastWeeksSpendingPerCurrencyAndCategoryAndEachBudget() {
    Alert alert = DigestComposer.compose(OWNER, WEEK, spending(),
        List.of(budget("food_and_drink", "150.00", "200.00"), budget("leisure.cinema", "60.00", "50.00")), NOW);
    assertEquals(NotificationType.DIGEST, alert.type());
    assertEquals("Your week: 2026-11-23 to 2026-11-29", alert.title());
    assertEquals("Last week you spent 92.50 EUR. 2 budget(s) in the details.", alert.body());
    assertEquals("EUR: 92.50 spent\n  Food and drink: 80.00 EUR\n  Transport: 12.50 EUR", alert.data().get("spending"));
    String budgets = alert.data().get("budgets");
    assertTrue(budgets.contains("Food and drink: 150.00 of 200.00 EUR (monthly 2026-12-01 to 2026-12-31)"), budgets);
    assertTrue(budgets.contains("leisure / cinema: 60.00 of 50.00 EUR"), budgets);
    assertTrue(budgets.contains("over by 10.00"), budgets);
    assertFalse(alert.data().get("spending").contains("USD"), "a currency without spending is left out");
    assertEquals("2026-W49", alert.data().get("week"));
  }

  @Test
  void aQuietWeekSaysSo() {
    Alert alert = DigestComposer.compose(OWNER, WEEK,
        new SpendingSummary(WEEK.reportFrom(), WEEK.reportTo(), 7, List.of()), List.of(), NOW);
    assertEquals("You recorded no spending last week.", alert.body());
    assertEquals("No spending recorded.", alert.data().get("spending"));
    assertEquals("No budgets.", alert.data().get("budgets"));
  }

  @Test
  void oneNotificationPerUserAndWeek() {
    assertEquals(DigestComposer.eventId(OWNER, WEEK), DigestComposer.eventId(OWNER, DigestWeek.containing(WEEK.monday().plusDays(6))));
    assertNotEquals(DigestComposer.eventId(OWNER, WEEK), DigestComposer.eventId(OWNER, new DigestWeek(WEEK.monday().plusWeeks(1))));
    assertNotEquals(DigestComposer.eventId(OWNER, WEEK),
        DigestComposer.eventId(new AccountId(UUID.randomUUID()), WEEK));
  }
}
