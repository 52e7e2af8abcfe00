package com.duskspendr.transactions.budgets.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.budgets.control.BudgetFixtures;
import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultBudgetServiceTest {

  private final BudgetFixtures fixtures = new BudgetFixtures(LocalDate.parse("2026-11-25"));
  private final DefaultBudgetService service = new DefaultBudgetService();
  private final AccountId owner = new AccountId(UUID.randomUUID());

  @BeforeEach
  void wire() {
    service.budgets = fixtures.budgets;
    service.catalog = fixtures.catalog;
    service.evaluator = fixtures.evaluator;
    service.calendar = fixtures.calendar;
    service.reporting = fixtures.reporting;
    service.maxPerUser = 2;
  }

  private BudgetView weeklyCoffee() {
    return service.create(owner, new NewBudget(
        "food_and_drink.coffee", new BigDecimal("35.00"), "usd", "weekly", LocalDate.parse("2026-11-01"), null, List.of(100)));
  }

  @Test
  void aBudgetAnswersWithItsProgressInTheUsersWeek() {
    fixtures.calendar.weekStart = DayOfWeek.SUNDAY;
    fixtures.ledger.spend("food_and_drink.coffee", LocalDate.parse("2026-11-22"), "4.50");
    fixtures.ledger.spend("food_and_drink.coffee", LocalDate.parse("2026-11-25"), "5.50");
    fixtures.ledger.spend("food_and_drink.coffee", LocalDate.parse("2026-11-21"), "99");
    BudgetView view = weeklyCoffee();
    assertEquals("USD", view.currency());
    assertEquals(new BigDecimal("35.00"), view.amount());
    BudgetProgress progress = view.progress();
    assertEquals(LocalDate.parse("2026-11-22"), progress.periodStart());
    assertEquals(LocalDate.parse("2026-11-28"), progress.periodEnd());
    assertEquals(new BigDecimal("10.00"), progress.spent());
    assertEquals(new BigDecimal("25.00"), progress.remaining());
    assertEquals(new BigDecimal("28.57"), progress.percentUsed());
    // 4 of 7 days elapsed (Sun..Wed): 10 / 4 * 7
    assertEquals(new BigDecimal("17.50"), progress.projectedSpend());
    assertEquals(List.of("upsert " + view.id()), fixtures.reporting.changes);
  }

  @Test
  void anotherUsersBudgetIsNotFoundForEveryOperation() {
    UUID id = weeklyCoffee().id();
    var stranger = new AccountId(UUID.randomUUID());
    assertThrows(RecordNotFoundException.class, () -> service.get(stranger, id));
    assertThrows(RecordNotFoundException.class,
        () -> service.update(stranger, id, new BudgetPatch(null, BigDecimal.ONE, null, null, null, null, null, null)));
    assertThrows(RecordNotFoundException.class, () -> service.delete(stranger, id, null));
    assertTrue(service.list(stranger).isEmpty());
    assertEquals(1, service.list(owner).size());
  }

  @Test
  void aStaleVersionIsAConflictCarryingTheCurrentBudget() {
    BudgetView created = weeklyCoffee();
    var stale = new BudgetPatch(null, BigDecimal.ONE, null, null, null, null, null, created.version() + 1);
    var thrown = assertThrows(ConflictException.class, () -> service.update(owner, created.id(), stale));
    assertEquals(created.id(), ((BudgetView) thrown.current()).id());
    assertThrows(ConflictException.class, () -> service.delete(owner, created.id(), created.version() + 1));
  }

  @Test
  void deletionIsReportedToTheChangeLog() {
    BudgetView created = weeklyCoffee();
    service.delete(owner, created.id(), created.version());
    assertTrue(fixtures.budgets.stored.isEmpty());
    assertEquals("delete " + created.id(), fixtures.reporting.changes.get(1));
  }

  @Test
  void theNumberOfBudgetsPerUserIsLimited() {
    weeklyCoffee();
    weeklyCoffee();
    assertThrows(ConflictException.class, this::weeklyCoffee);
  }

  @Test
  void anUnknownCategoryIsAFieldError() {
    var thrown = assertThrows(InvalidInputException.class, () -> service.create(owner,
        new NewBudget("medical", BigDecimal.TEN, null, "monthly", null, null, null)));
    assertEquals("categoryId", thrown.issues().get(0).field());
  }

  @Test
  void budgetsAreReadInBatchesWithProgressAndCreatedUnderAClientsId() {
    UUID chosen = UUID.randomUUID();
    NewBudget coffee = new NewBudget(
        "food_and_drink.coffee", new BigDecimal("35.00"), "usd", "weekly", LocalDate.parse("2026-11-01"), null, List.of(100));
    BudgetView created = service.create(owner, chosen, coffee);
    assertEquals(chosen, created.id());
    List<BudgetView> read = service.getAll(owner, List.of(chosen, UUID.randomUUID()));
    assertEquals(List.of(service.get(owner, chosen)), read);
    assertTrue(read.get(0).progress() != null);
    AccountId other = new AccountId(UUID.randomUUID());
    assertTrue(service.getAll(other, List.of(chosen)).isEmpty());
    var again = assertThrows(ConflictException.class, () -> service.create(owner, chosen, coffee));
    assertEquals(chosen, ((BudgetView) again.current()).id());
    var taken = assertThrows(ConflictException.class, () -> service.create(other, chosen, coffee));
    assertEquals(null, taken.current());
  }
}
