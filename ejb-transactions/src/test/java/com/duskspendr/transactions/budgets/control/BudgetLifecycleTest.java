package com.duskspendr.transactions.budgets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.auth.events.AccountDeleted;
import com.duskspendr.transactions.budgets.entity.Budget;
import com.duskspendr.transactions.budgets.entity.InMemoryBudgetRepository;
import com.duskspendr.transactions.categories.boundary.CategoryRemoved;
import com.duskspendr.platform.failure.ConflictException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BudgetLifecycleTest {

  private final InMemoryBudgetRepository budgets = new InMemoryBudgetRepository();
  private final BudgetLifecycle lifecycle = new BudgetLifecycle();
  private final AccountId alice = new AccountId(UUID.randomUUID());
  private final AccountId bob = new AccountId(UUID.randomUUID());

  private void budget(AccountId owner, String category) {
    var budget = new Budget(UUID.randomUUID(), owner.value());
    budget.define(category, BigDecimal.TEN, "USD", "monthly", LocalDate.parse("2026-01-01"), false, List.of(100));
    budgets.add(budget);
    budgets.recordCrossing(budget.id(), LocalDate.parse("2026-11-01"), 100);
  }

  @BeforeEach
  void wire() {
    lifecycle.budgets = budgets;
    budget(alice, "food_and_drink.boba-abc123");
    budget(bob, "food_and_drink.boba-xyz789");
  }

  @Test
  void accountDeletionErasesTheUsersBudgetsOnly() {
    lifecycle.onAccountDeleted(new AccountDeleted(alice));
    assertEquals(0, budgets.countOwnedBy(alice.value()));
    assertEquals(1, budgets.countOwnedBy(bob.value()));
  }

  @Test
  void aCategoryInUseByABudgetCannotBeRemoved() {
    var thrown = assertThrows(ConflictException.class,
        () -> lifecycle.onCategoryRemoved(new CategoryRemoved(alice, "food_and_drink.boba-abc123", "food_and_drink")));
    assertEquals(true, thrown.getMessage().contains("1 budget"));
    // another user's budget on a category of the same id is none of alice's business
    lifecycle.onCategoryRemoved(new CategoryRemoved(alice, "food_and_drink.boba-xyz789", "food_and_drink"));
  }
}
