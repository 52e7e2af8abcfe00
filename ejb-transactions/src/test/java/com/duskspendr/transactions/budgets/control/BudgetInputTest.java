package com.duskspendr.transactions.budgets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.duskspendr.transactions.budgets.boundary.BudgetPatch;
import com.duskspendr.transactions.budgets.boundary.BudgetPeriod;
import com.duskspendr.transactions.budgets.boundary.NewBudget;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetInputTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-25");
  private final BudgetInput.Context context =
      new BudgetInput.Context(TODAY, "EUR", id -> id.startsWith("food_and_drink"));

  private static NewBudget budget(String amount, String currency, String period, List<Integer> thresholds) {
    return new NewBudget("food_and_drink", amount == null ? null : new BigDecimal(amount), currency, period, null, null, thresholds);
  }

  private List<String> invalidFields(NewBudget budget) {
    var thrown = assertThrows(InvalidInputException.class, () -> BudgetInput.forCreate(budget, context));
    return thrown.issues().stream().map(FieldIssue::field).toList();
  }

  @Test
  void fillsInTheDefaults() {
    var valid = BudgetInput.forCreate(budget("400.00", null, "monthly", null), context);
    assertEquals("EUR", valid.currency());
    assertEquals(TODAY, valid.startDate());
    assertFalse(valid.rollover());
    assertEquals(List.of(80, 100), valid.alertThresholds());
    assertEquals(new BigDecimal("400"), valid.amount());
    assertEquals(BudgetPeriod.MONTHLY, valid.period());
  }

  @Test
  void thresholdsAreSortedAndDeduplicatedAndMayBeEmpty() {
    assertEquals(List.of(50, 90, 100), BudgetInput.forCreate(budget("1", "usd", "weekly", List.of(100, 50, 90, 50)), context).alertThresholds());
    assertEquals(List.of(), BudgetInput.forCreate(budget("1", "USD", "weekly", List.of()), context).alertThresholds());
  }

  @Test
  void reportsEveryInvalidFieldAtOnce() {
    var bad = new NewBudget("travel", new BigDecimal("-1"), "XTS", "daily", LocalDate.parse("1969-12-31"), null, List.of(0));
    assertEquals(List.of("categoryId", "currency", "amount", "period", "startDate", "alertThresholds"), invalidFields(bad));
  }

  @Test
  void theAmountIsPositiveAtMostABillionAndHasTheCurrencysDigits() {
    assertEquals(List.of("amount"), invalidFields(budget("0", "USD", "monthly", null)));
    assertEquals(List.of("amount"), invalidFields(budget("1000000000.01", "USD", "monthly", null)));
    assertEquals(new BigDecimal("1000000000"), BudgetInput.forCreate(budget("1000000000.00", "USD", "monthly", null), context).amount());
    assertEquals(List.of("amount"), invalidFields(budget("10.5", "JPY", "monthly", null)));
    assertEquals(List.of("amount"), invalidFields(budget("10.123", "USD", "monthly", null)));
    assertEquals(List.of("amount"), invalidFields(budget(null, "USD", "monthly", null)));
  }

  @Test
  void thresholdsAreOneToAThousandPercentAndAtMostTen() {
    assertEquals(List.of("alertThresholds"), invalidFields(budget("1", "USD", "monthly", List.of(1001))));
    assertEquals(List.of("alertThresholds"), invalidFields(budget("1", "USD", "monthly", Collections.nCopies(11, 50))));
    assertEquals(List.of(1, 1000), BudgetInput.forCreate(budget("1", "USD", "monthly", List.of(1000, 1)), context).alertThresholds());
  }

  @Test
  void theStartDateIsAtMostAYearAhead() {
    var late = new NewBudget("food_and_drink", BigDecimal.TEN, "USD", "weekly", TODAY.plusYears(1).plusDays(1), null, null);
    assertEquals(List.of("startDate"), invalidFields(late));
  }

  @Test
  void anUpdateKeepsWhatItDoesNotMentionAndRechecksTheAmountAgainstANewCurrency() {
    var current = BudgetInput.forCreate(budget("10.50", "USD", "monthly", null), context);
    var patch = new BudgetPatch(null, null, null, "yearly", null, true, null, null);
    var updated = BudgetInput.forUpdate(patch, current, context);
    assertEquals(BudgetPeriod.YEARLY, updated.period());
    assertEquals(new BigDecimal("10.5"), updated.amount());
    assertEquals(true, updated.rollover());
    var toYen = new BudgetPatch(null, null, "JPY", null, null, null, null, null);
    var thrown = assertThrows(InvalidInputException.class, () -> BudgetInput.forUpdate(toYen, current, context));
    assertEquals("amount", thrown.issues().get(0).field());
  }
}
