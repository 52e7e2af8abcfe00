package com.duskspendr.transactions.budgets.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.budgets.control.BudgetEvaluator;
import com.duskspendr.transactions.budgets.control.BudgetInput;
import com.duskspendr.transactions.budgets.control.BudgetInput.ValidBudget;
import com.duskspendr.transactions.budgets.control.BudgetReporting;
import com.duskspendr.transactions.budgets.control.UserCalendar;
import com.duskspendr.transactions.budgets.entity.Budget;
import com.duskspendr.transactions.budgets.entity.BudgetRepository;
import com.duskspendr.transactions.categories.boundary.CategoryCatalog;
import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.money.Money;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Budget use cases. Each answer carries the budget's live progress; creating or redefining a budget
 * publishes thresholds its current period has already reached (once, as always).
 */
@Stateless
public class DefaultBudgetService implements BudgetService {

  private static final String NOT_FOUND = "Budget";

  @Inject BudgetRepository budgets;
  @Inject CategoryCatalog catalog;
  @Inject BudgetEvaluator evaluator;
  @Inject UserCalendar calendar;
  @Inject BudgetReporting reporting;

  @Inject
  @ConfigProperty(name = "duskspendr.budgets.max-per-user", defaultValue = "100")
  int maxPerUser;

  @Override
  public List<BudgetView> list(AccountId owner) {
    UserCalendar.Settings settings = calendar.of(owner);
    return budgets.ownedBy(owner.value()).stream()
        .map(b -> view(b, evaluator.progress(owner, b, settings)))
        .toList();
  }

  @Override
  public BudgetView get(AccountId owner, UUID id) {
    Budget budget = existing(owner, id);
    return view(budget, evaluator.progress(owner, budget, calendar.of(owner)));
  }

  @Override
  public List<BudgetView> getAll(AccountId owner, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    UserCalendar.Settings settings = calendar.of(owner);
    return budgets.ownedBy(owner.value(), Set.copyOf(ids)).stream()
        .map(b -> view(b, evaluator.progress(owner, b, settings)))
        .toList();
  }

  @Override
  public BudgetView create(AccountId owner, NewBudget request) {
    return create(owner, UUID.randomUUID(), request);
  }

  @Override
  public BudgetView create(AccountId owner, UUID id, NewBudget request) {
    UserCalendar.Settings settings = calendar.of(owner);
    ValidBudget valid = BudgetInput.forCreate(request, context(owner, settings));
    Optional<Budget> same = budgets.findOwn(owner.value(), id);
    if (same.isPresent()) {
      throw new ConflictException(
          "You already have a budget with this id", view(same.get(), evaluator.progress(owner, same.get(), settings)));
    }
    if (budgets.exists(id)) {
      throw new ConflictException("This id is taken; choose another", null);
    }
    if (budgets.countOwnedBy(owner.value()) >= maxPerUser) {
      throw new ConflictException("At most " + maxPerUser + " budgets per user; delete one first", null);
    }
    Budget budget = new Budget(id, owner.value());
    define(budget, valid);
    budgets.add(budget);
    budgets.flush();
    reporting.upserted(owner, budget.id().toString(), budget.version());
    return view(budget, evaluator.alertNewlyReached(owner, budget, settings));
  }

  @Override
  public BudgetView update(AccountId owner, UUID id, BudgetPatch patch) {
    Budget budget = existing(owner, id);
    UserCalendar.Settings settings = calendar.of(owner);
    if (patch.expectedVersion() != null && patch.expectedVersion() != budget.version()) {
      throw new ConflictException(
          "The budget was changed since version " + patch.expectedVersion() + "; it is now at version "
              + budget.version(),
          view(budget, evaluator.progress(owner, budget, settings)));
    }
    ValidBudget current = validOf(budget);
    ValidBudget valid = BudgetInput.forUpdate(patch, current, context(owner, settings));
    if (valid.equals(current)) {
      return view(budget, evaluator.progress(owner, budget, settings));
    }
    if (valid.redefines(current)) {
      budgets.clearCrossings(budget.id());
    }
    define(budget, valid);
    budgets.flush();
    reporting.upserted(owner, budget.id().toString(), budget.version());
    return view(budget, evaluator.alertNewlyReached(owner, budget, settings));
  }

  @Override
  public void delete(AccountId owner, UUID id, Long expectedVersion) {
    Budget budget = existing(owner, id);
    if (expectedVersion != null && expectedVersion != budget.version()) {
      throw new ConflictException(
          "The budget was changed since version " + expectedVersion + "; it is now at version " + budget.version(),
          view(budget, evaluator.progress(owner, budget, calendar.of(owner))));
    }
    budgets.remove(budget);
    reporting.deleted(owner, budget.id().toString(), budget.version());
  }

  private BudgetInput.Context context(AccountId owner, UserCalendar.Settings settings) {
    return new BudgetInput.Context(settings.today(), settings.currency(), id -> catalog.exists(owner, id));
  }

  private Budget existing(AccountId owner, UUID id) {
    return budgets.findOwn(owner.value(), id).orElseThrow(() -> new RecordNotFoundException(NOT_FOUND));
  }

  private static void define(Budget budget, ValidBudget valid) {
    budget.define(
        valid.categoryId(),
        valid.amount(),
        valid.currency(),
        valid.period().wireName(),
        valid.startDate(),
        valid.rollover(),
        valid.alertThresholds());
  }

  private static ValidBudget validOf(Budget budget) {
    return new ValidBudget(
        budget.categoryId(),
        budget.amount().stripTrailingZeros().scale() < 0 ? budget.amount().setScale(0) : budget.amount().stripTrailingZeros(),
        budget.currency(),
        BudgetPeriod.fromWireName(budget.period()).orElseThrow(),
        budget.startDate(),
        budget.rollover(),
        budget.alertThresholds());
  }

  static BudgetView view(Budget budget, BudgetProgress progress) {
    return new BudgetView(
        budget.id(),
        budget.categoryId(),
        Money.atMinorUnits(budget.amount(), budget.currency()),
        budget.currency(),
        BudgetPeriod.fromWireName(budget.period()).orElseThrow(),
        budget.startDate(),
        budget.rollover(),
        budget.alertThresholds(),
        budget.version(),
        budget.createdAt(),
        budget.updatedAt(),
        progress);
  }
}
