package com.duskspendr.transactions.budgets.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.events.BudgetThresholdCrossed;
import com.duskspendr.transactions.budgets.entity.InMemoryBudgetRepository;
import com.duskspendr.transactions.categories.boundary.CategoryCatalog;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Budget logic wired with in-memory stand-ins for the database, the ledger and the publishers. */
public final class BudgetFixtures {

  /** Spending per (category, date), as the ledger would sum it. */
  public static final class FakeLedger implements SpendingQuery {
    public final Map<String, Map<LocalDate, BigDecimal>> outflows = new HashMap<>();
    /** How many sums were asked for. */
    public int sums;

    public void spend(String categoryId, LocalDate date, String amount) {
      outflows.computeIfAbsent(categoryId, c -> new HashMap<>()).merge(date, new BigDecimal(amount), BigDecimal::add);
    }

    @Override
    public BigDecimal spent(AccountId owner, Set<String> categoryIds, String currency, DateRange range) {
      sums++;
      return categoryIds.stream()
          .flatMap(c -> outflows.getOrDefault(c, Map.of()).entrySet().stream())
          .filter(e -> range.contains(e.getKey()))
          .map(Map.Entry::getValue)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /** A primary with two subcategories, the same for every user. */
  public static final class FakeCatalog implements CategoryCatalog {
    @Override
    public boolean exists(AccountId owner, String categoryId) {
      return categoryId.startsWith("food_and_drink") || categoryId.startsWith("travel");
    }

    @Override
    public Set<String> withDescendants(AccountId owner, String categoryId) {
      return categoryId.equals("food_and_drink")
          ? Set.of("food_and_drink", "food_and_drink.groceries", "food_and_drink.coffee")
          : Set.of(categoryId);
    }
  }

  /** Records what would reach the change log and the broker. */
  public static final class RecordingReporting extends BudgetReporting {
    public final List<BudgetThresholdCrossed> published = new ArrayList<>();
    public final List<String> changes = new ArrayList<>();

    @Override
    public void upserted(AccountId owner, String budgetId, long version) {
      changes.add("upsert " + budgetId);
    }

    @Override
    public void deleted(AccountId owner, String budgetId, long lastVersion) {
      changes.add("delete " + budgetId);
    }

    @Override
    public void thresholdCrossed(AccountId owner, BudgetThresholdCrossed event) {
      published.add(event);
    }
  }

  /** A calendar whose "today" the test moves. */
  public static final class FixedCalendar extends UserCalendar {
    public LocalDate today;
    public DayOfWeek weekStart = DayOfWeek.MONDAY;

    public FixedCalendar(LocalDate today) {
      this.today = today;
    }

    @Override
    public Settings of(AccountId owner) {
      return new Settings(today, weekStart, "USD");
    }
  }

  public final InMemoryBudgetRepository budgets = new InMemoryBudgetRepository();
  public final FakeLedger ledger = new FakeLedger();
  public final FakeCatalog catalog = new FakeCatalog();
  public final RecordingReporting reporting = new RecordingReporting();
  public final FixedCalendar calendar;
  public final BudgetEvaluator evaluator = new BudgetEvaluator();

  public BudgetFixtures(LocalDate today) {
    calendar = new FixedCalendar(today);
    evaluator.spending = ledger;
    evaluator.catalog = catalog;
    evaluator.budgets = budgets;
    evaluator.reporting = reporting;
  }
}
