package com.duskspendr.web.insights;

import com.duskspendr.ml.insights.entity.Insight;
import com.duskspendr.ml.insights.entity.InsightPeriod;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One insight with the numbers behind it; every amount in {@code facts} is in {@code currency}. */
@JsonbNillable
@JsonbPropertyOrder({"type", "severity", "title", "message", "currency", "facts", "period"})
@Schema(name = "Insight")
public record InsightResponse(
    @Schema(enumeration = {
      "spending_pattern", "unusual_amount", "duplicate_charge", "first_time_merchant", "recurring_payment",
      "price_increase", "savings_opportunity"
    }) String type,
    @Schema(enumeration = {"alert", "warning", "info"}) String severity,
    String title,
    String message,
    @Schema(example = "USD") String currency,
    @Schema(type = SchemaType.OBJECT,
        description = "Named numbers: money as exact decimal strings with the currency's minor digits, percentages "
            + "and scores as numbers, counts as integers, dates as YYYY-MM-DD; null when not applicable")
        Map<String, Object> facts,
    PeriodResponse period) {

  /** The reporting period in the user's calendar. */
  @JsonbPropertyOrder({"kind", "start", "end"})
  @Schema(name = "InsightPeriod")
  public record PeriodResponse(
      @Schema(enumeration = {"week", "month", "quarter", "year"}) String kind, LocalDate start, LocalDate end) {

    static PeriodResponse from(InsightPeriod period) {
      return new PeriodResponse(period.kind().wireName(), period.start(), period.end());
    }
  }

  static InsightResponse from(Insight insight) {
    return new InsightResponse(
        insight.type().wireName(),
        insight.severity().wireName(),
        insight.title(),
        insight.message(),
        insight.currency(),
        insight.facts(),
        PeriodResponse.from(insight.period()));
  }
}
