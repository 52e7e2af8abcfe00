package com.duskspendr.transactions.budgets.boundary;

import com.duskspendr.transactions.events.BudgetThresholdCrossed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.budgets.control.BudgetFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Threshold alerts through the entry point the ledger calls, and through budget writes. */
class BudgetAlertsTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
  private final BudgetFixtures fixtures = new BudgetFixtures(TODAY);
  private final DefaultBudgetAlerts alerts = new DefaultBudgetAlerts();
  private final DefaultBudgetService service = new DefaultBudgetService();
  private final AccountId owner = new AccountId(UUID.randomUUID());
  private UUID budgetId;

  @BeforeEach
  void wire() {
    alerts.budgets = fixtures.budgets;
    alerts.evaluator = fixtures.evaluator;
    alerts.calendar = fixtures.calendar;
    service.budgets = fixtures.budgets;
    service.catalog = fixtures.catalog;
    service.evaluator = fixtures.evaluator;
    service.calendar = fixtures.calendar;
    service.reporting = fixtures.reporting;
    service.maxPerUser = 100;
    budgetId = service.create(owner, new NewBudget(
        "food_and_drink", new BigDecimal("100"), "USD", "monthly", LocalDate.parse("2026-01-01"), false, List.of(80, 100))).id();
  }

  private void spend(String category, String date, String amount) {
    fixtures.ledger.spend(category, LocalDate.parse(date), amount);
    alerts.transactionsChanged(owner, category, LocalDate.parse(date), "USD");
  }

  private List<Integer> publishedThresholds() {
    return fixtures.reporting.published.stream().map(BudgetThresholdCrossed::threshold).toList();
  }

  @Test
  void aThresholdAlertsOnceWhenFirstReachedAndNotOnLaterTransactions() {
    spend("food_and_drink.groceries", "2026-11-03", "50");
    assertEquals(List.of(), publishedThresholds());
    spend("food_and_drink.coffee", "2026-11-05", "30");
    assertEquals(List.of(80), publishedThresholds());
    spend("food_and_drink.coffee", "2026-11-06", "5");
    assertEquals(List.of(80), publishedThresholds());

    BudgetThresholdCrossed event = fixtures.reporting.published.get(0);
    assertEquals(budgetId, event.budgetId());
    assertEquals(1, event.version());
    assertEquals("food_and_drink", event.categoryId());
    assertEquals("80.00", event.spent());
    assertEquals("100.00", event.limit());
    assertEquals("USD", event.currency());
    assertEquals(LocalDate.parse("2026-11-01"), event.periodStart());
    assertEquals(LocalDate.parse("2026-11-30"), event.periodEnd());
  }

  @Test
  void oneChangeCanCrossTwoThresholdsAndPublishesBoth() {
    spend("food_and_drink", "2026-11-10", "120");
    assertEquals(List.of(80, 100), publishedThresholds());
  }

  @Test
  void fallingBackBelowAndCrossingAgainInTheSamePeriodDoesNotAlertAgain() {
    spend("food_and_drink.groceries", "2026-11-10", "85");
    assertEquals(List.of(80), publishedThresholds());
    // the transaction is corrected down, then a new one crosses again
    spend("food_and_drink.groceries", "2026-11-10", "-10");
    spend("food_and_drink.groceries", "2026-11-11", "10");
    assertEquals(List.of(80), publishedThresholds());
  }

  @Test
  void theNextPeriodAlertsAfresh() {
    spend("food_and_drink", "2026-11-10", "90");
    fixtures.calendar.today = LocalDate.parse("2026-12-02");
    spend("food_and_drink", "2026-12-01", "85");
    assertEquals(List.of(80, 80), publishedThresholds());
    assertEquals(LocalDate.parse("2026-12-01"), fixtures.reporting.published.get(1).periodStart());
  }

  @Test
  void changesOutsideTheCurrentPeriodOtherCurrenciesOrCategoriesDoNotAlert() {
    spend("food_and_drink", "2026-10-31", "500");
    spend("travel.flights", "2026-11-10", "500");
    spend(null, "2026-11-10", "0");
    fixtures.ledger.spend("food_and_drink", LocalDate.parse("2026-11-10"), "500");
    alerts.transactionsChanged(owner, "food_and_drink", LocalDate.parse("2026-11-10"), "EUR");
    assertTrue(fixtures.reporting.published.isEmpty());
  }

  @Test
  void anotherUsersTransactionsNeverTouchThisUsersBudgets() {
    var stranger = new AccountId(UUID.randomUUID());
    fixtures.ledger.spend("food_and_drink", LocalDate.parse("2026-11-10"), "500");
    alerts.transactionsChanged(stranger, "food_and_drink", LocalDate.parse("2026-11-10"), "USD");
    assertTrue(fixtures.reporting.published.isEmpty());
  }

  @Test
  void redefiningTheBudgetStartsItsAlertsOver() {
    spend("food_and_drink", "2026-11-10", "90");
    assertEquals(List.of(80), publishedThresholds());
    // raising the amount: 90 of 200 is below 80 %, nothing to say
    service.update(owner, budgetId, new BudgetPatch(null, new BigDecimal("200"), null, null, null, null, null, null));
    assertEquals(List.of(80), publishedThresholds());
    spend("food_and_drink", "2026-11-12", "80");
    assertEquals(List.of(80, 80), publishedThresholds());
    // changing only the thresholds keeps the record: 80 does not alert again, 50 is new
    service.update(owner, budgetId, new BudgetPatch(null, null, null, null, null, null, List.of(50, 80), null));
    assertEquals(List.of(80, 80, 50), publishedThresholds());
  }

  @Test
  void aNewBudgetAlertsAtOnceForWhatItsPeriodAlreadyHolds() {
    fixtures.ledger.spend("travel.lodging", LocalDate.parse("2026-11-02"), "100");
    service.create(owner, new NewBudget("travel.lodging", new BigDecimal("100"), "USD", "monthly", LocalDate.parse("2026-11-01"), false, null));
    assertEquals(List.of(80, 100), publishedThresholds());
  }

  @Test
  void withRolloverAChangeInThePreviousPeriodReevaluatesTheCurrentOne() {
    service.update(owner, budgetId, new BudgetPatch(null, null, null, null, null, true, null, null));
    spend("food_and_drink", "2026-11-05", "70");
    assertEquals(List.of(), publishedThresholds());
    // an October expense lowers November's limit (100 + (100 - 150) = 50): 70 of 50
    spend("food_and_drink", "2026-10-20", "150");
    assertEquals(List.of(80, 100), publishedThresholds());
    assertEquals("50.00", fixtures.reporting.published.get(0).limit());
  }

  @Test
  void aBatchEvaluatesEachBudgetOnceHoweverManyOfItsTransactionsItHolds() {
    int sumsBefore = fixtures.ledger.sums;
    List<BudgetAlerts.Placement> batch = new java.util.ArrayList<>();
    for (int day = 1; day <= 20; day++) {
      LocalDate date = LocalDate.parse("2026-11-01").plusDays(day - 1);
      fixtures.ledger.spend("food_and_drink.coffee", date, "6");
      batch.add(new BudgetAlerts.Placement("food_and_drink.coffee", date, "USD"));
      // where each was before: uncategorized
      batch.add(new BudgetAlerts.Placement(null, date, "USD"));
    }
    // last month's and another currency's affect no current USD period
    batch.add(new BudgetAlerts.Placement("food_and_drink", LocalDate.parse("2026-10-03"), "USD"));
    batch.add(new BudgetAlerts.Placement("food_and_drink", LocalDate.parse("2026-11-03"), "EUR"));

    alerts.transactionsChanged(owner, batch);

    // 120 of 100 spent: both thresholds, from one evaluation of the one budget
    assertEquals(List.of(80, 100), publishedThresholds());
    assertEquals(1, fixtures.ledger.sums - sumsBefore);
  }

  @Test
  void aBatchOutsideTheCurrentPeriodEvaluatesNothing() {
    int sumsBefore = fixtures.ledger.sums;
    alerts.transactionsChanged(owner, List.of(
        new BudgetAlerts.Placement("food_and_drink.coffee", LocalDate.parse("2026-09-03"), "USD"),
        new BudgetAlerts.Placement("food_and_drink", LocalDate.parse("2026-10-03"), "USD")));
    assertEquals(0, fixtures.ledger.sums - sumsBefore);
  }
}
