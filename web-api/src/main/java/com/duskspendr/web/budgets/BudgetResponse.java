package com.duskspendr.web.budgets;

import com.duskspendr.platform.money.Money;

import com.duskspendr.transactions.budgets.boundary.BudgetProgress;
import com.duskspendr.transactions.budgets.boundary.BudgetView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A budget with its current period's progress. Money and percentages are exact decimal strings. */
@JsonbPropertyOrder({
  "id", "categoryId", "amount", "currency", "period", "startDate", "rollover", "alertThresholds", "version",
  "createdAt", "updatedAt", "progress"
})
public record BudgetResponse(
    String id,
    String categoryId,
    String amount,
    String currency,
    String period,
    LocalDate startDate,
    boolean rollover,
    List<Integer> alertThresholds,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    ProgressResponse progress) {

  /**
   * The current period in the user's time zone and week start. {@code percentUsed} is null only when rollover
   * left a limit of zero and money was spent.
   */
  @JsonbNillable
  @JsonbPropertyOrder({
    "periodStart", "periodEnd", "limit", "carriedOver", "spent", "remaining", "percentUsed", "projectedSpend"
  })
  public record ProgressResponse(
      LocalDate periodStart,
      LocalDate periodEnd,
      String limit,
      String carriedOver,
      String spent,
      String remaining,
      String percentUsed,
      String projectedSpend) {}

  static BudgetResponse from(BudgetView view) {
    BudgetProgress p = view.progress();
    return new BudgetResponse(
        view.id().toString(),
        view.categoryId(),
        text(view.amount()),
        view.currency(),
        view.period().wireName(),
        view.startDate(),
        view.rollover(),
        view.alertThresholds(),
        view.version(),
        view.createdAt(),
        view.updatedAt(),
        new ProgressResponse(
            p.periodStart(),
            p.periodEnd(),
            text(p.limit()),
            text(p.carriedOver()),
            text(p.spent()),
            text(p.remaining()),
            text(p.percentUsed()),
            text(p.projectedSpend())));
  }

  private static String text(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}
