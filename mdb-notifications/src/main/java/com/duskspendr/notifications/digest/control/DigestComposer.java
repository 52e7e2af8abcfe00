package com.duskspendr.notifications.digest.control;

import com.duskspendr.analytics.spending.boundary.SpendingSummary;
import com.duskspendr.analytics.spending.boundary.SpendingSummary.CategoryTotal;
import com.duskspendr.analytics.spending.boundary.SpendingSummary.CurrencySummary;
import com.duskspendr.notifications.preferences.boundary.NotificationType;
import com.duskspendr.notifications.triggers.control.Alert;
import com.duskspendr.notifications.triggers.control.AlertComposer;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.budgets.boundary.BudgetProgress;
import com.duskspendr.transactions.budgets.boundary.BudgetView;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The words of a digest: last week's spending per currency and primary category (amounts in different
 * currencies are never added), and each budget's current period against its limit. Plain functions, tested
 * without a container. The lines go into the notification's data ({@code spending}, {@code budgets}), which
 * the digest mail template shows as they are.
 */
public final class DigestComposer {

  private DigestComposer() {}

  /** The digest's "event" id: one per user and week, so that a second run finds the first's notification. */
  public static UUID eventId(AccountId owner, DigestWeek week) {
    return UUID.nameUUIDFromBytes(("digest:" + owner + ":" + week.label()).getBytes(StandardCharsets.UTF_8));
  }

  public static Alert compose(
      AccountId owner, DigestWeek week, SpendingSummary spending, List<BudgetView> budgets, Instant now) {
    Map<String, String> names = new HashMap<>();
    List<String> totals = new ArrayList<>();
    List<String> spendingLines = new ArrayList<>();
    for (CurrencySummary currency : spending.byCurrency()) {
      if (!positive(currency.totalSpent())) {
        continue;
      }
      totals.add(currency.totalSpent() + " " + currency.currency());
      spendingLines.add(currency.currency() + ": " + currency.totalSpent() + " spent");
      for (CategoryTotal category : currency.byCategory()) {
        names.putIfAbsent(category.categoryId(), category.name());
        if (positive(category.spent())) {
          spendingLines.add("  " + category.name() + ": " + category.spent() + " " + currency.currency());
        }
      }
    }
    List<String> budgetLines = new ArrayList<>();
    for (BudgetView budget : budgets) {
      BudgetProgress progress = budget.progress();
      String name = names.getOrDefault(budget.categoryId(), AlertComposer.category(budget.categoryId()));
      budgetLines.add(name + ": " + progress.spent().toPlainString() + " of " + progress.limit().toPlainString() + " "
          + budget.currency() + " (" + budget.period().toString().toLowerCase(java.util.Locale.ROOT) + " "
          + progress.periodStart() + " to " + progress.periodEnd() + ")"
          + (progress.remaining().signum() < 0 ? ", over by " + progress.remaining().negate().toPlainString() : ""));
    }
    String title = "Your week: " + week.reportFrom() + " to " + week.reportTo();
    String body = totals.isEmpty()
        ? "You recorded no spending last week."
        : "Last week you spent " + String.join(" and ", totals) + "."
            + (budgets.isEmpty() ? "" : " " + budgets.size() + " budget(s) in the details.");
    Map<String, String> data = new LinkedHashMap<>();
    data.put("week", week.label());
    data.put("from", week.reportFrom().toString());
    data.put("to", week.reportTo().toString());
    data.put("spending", spendingLines.isEmpty() ? "No spending recorded." : String.join("\n", spendingLines));
    data.put("budgets", budgetLines.isEmpty() ? "No budgets." : String.join("\n", budgetLines));
    return new Alert(eventId(owner, week), owner, NotificationType.DIGEST, title, body, data, now);
  }

  private static boolean positive(String amount) {
    try {
      return amount != null && new BigDecimal(amount).signum() > 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
