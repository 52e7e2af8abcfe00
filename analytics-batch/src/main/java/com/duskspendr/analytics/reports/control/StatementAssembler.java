package com.duskspendr.analytics.reports.control;

import com.duskspendr.analytics.spending.boundary.AnalyticsService;
import com.duskspendr.analytics.spending.boundary.MonthlyFigures;
import com.duskspendr.analytics.spending.boundary.SpendingSummary;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.money.Money;
import com.duskspendr.transactions.budgets.boundary.BudgetService;
import com.duskspendr.transactions.budgets.boundary.BudgetView;
import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import com.duskspendr.transactions.ledger.boundary.SpendingHistory;
import com.duskspendr.users.boundary.Profile;
import com.duskspendr.users.boundary.ProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Gathers a statement's content through the boundaries: analytics, the ledger's history, budgets, the profile. */
@ApplicationScoped
public class StatementAssembler {

  static final int LARGEST = 10;
  static final int TREND_MONTHS = 12;

  @Inject AnalyticsService analytics;
  @Inject SpendingHistory history;
  @Inject BudgetService budgets;
  @Inject ProfileService profiles;

  public StatementData assemble(AccountId owner, YearMonth month) {
    Profile profile = profiles.profileOf(owner);
    SpendingSummary summary = analytics.summary(owner, "month", month.atDay(1).toString(), null, null);
    MonthlyFigures trend = analytics.monthsUpTo(owner, month, TREND_MONTHS);
    List<HistoryEntry> entries =
        history.between(owner, month.atDay(1), month.atEndOfMonth(), SpendingHistory.MAX_ROWS).entries();
    List<StatementData.CurrencyPart> parts = new ArrayList<>();
    for (SpendingSummary.CurrencySummary currency : summary.byCurrency()) {
      List<StatementData.CategoryLine> categories = currency.byCategory().stream()
          .map(c -> new StatementData.CategoryLine(c.categoryId(), c.name(), c.spent(), c.income(), c.count()))
          .toList();
      List<StatementData.MonthLine> months = trend.byCurrency().stream()
          .filter(t -> t.currency().equals(currency.currency()))
          .flatMap(t -> t.months().stream())
          .map(m -> new StatementData.MonthLine(m.month(), m.spent(), m.income()))
          .toList();
      List<StatementData.TransactionLine> largest = entries.stream()
          .filter(e -> e.currency().equals(currency.currency()))
          .sorted(Comparator.comparing((HistoryEntry e) -> e.amount().abs()).reversed())
          .limit(LARGEST)
          .map(e -> new StatementData.TransactionLine(e.date().toString(), e.merchantName(), e.categoryId(),
              Money.atMinorUnits(e.amount(), e.currency()).toPlainString()))
          .toList();
      parts.add(new StatementData.CurrencyPart(currency.currency(), currency.totalSpent(), currency.totalIncome(),
          currency.net(), currency.transactionCount(), currency.dailyAverage(), categories, months, largest));
    }
    List<StatementData.BudgetLine> budgetLines = new ArrayList<>();
    for (BudgetView budget : budgets.list(owner)) {
      if (budget.progress() != null) {
        budgetLines.add(new StatementData.BudgetLine(budget.categoryId(), budget.currency(),
            budget.progress().periodStart().toString(), budget.progress().periodEnd().toString(),
            budget.progress().limit().toPlainString(), budget.progress().spent().toPlainString()));
      }
    }
    String name = profile.displayName() == null || profile.displayName().isBlank()
        ? profile.email() : profile.displayName();
    return new StatementData(name, month, parts, budgetLines);
  }
}
