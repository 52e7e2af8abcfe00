package com.duskspendr.web.budgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.transactions.budgets.boundary.BudgetPeriod;
import com.duskspendr.transactions.budgets.boundary.BudgetProgress;
import com.duskspendr.transactions.budgets.boundary.BudgetView;
import com.duskspendr.web.api.ApiJson;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Budget JSON as the server binds and writes it (Yasson, with the API's strict configuration). */
class BudgetJsonTest {

  private static CreateBudgetRequest read(String json) {
    return ApiJson.jsonb().fromJson(json, CreateBudgetRequest.class);
  }

  @Test
  void anAmountMayBeAStringOrANumberAndStaysExact() {
    assertEquals(new BigDecimal("400.10"), read("{\"amount\": \"400.10\"}").amount());
    assertEquals(new BigDecimal("400.10"), read("{\"amount\": 400.10}").amount());
    assertEquals(new BigDecimal("0.1"), read("{\"amount\": 0.1}").amount());
  }

  @Test
  void thresholdsDatesAndFlagsBind() {
    var request = read("{\"categoryId\": \"travel\", \"period\": \"monthly\", \"startDate\": \"2026-01-31\","
        + " \"rollover\": true, \"alertThresholds\": [50, 100]}");
    assertEquals(LocalDate.parse("2026-01-31"), request.startDate());
    assertEquals(List.of(50, 100), request.alertThresholds());
    assertEquals(true, request.rollover());
  }

  @Test
  void unknownFieldsAndWrongTypesAreRejected() {
    assertThrows(JsonbException.class, () -> read("{\"limit\": 5}"));
    assertThrows(JsonbException.class, () -> read("{\"amount\": true}"));
    assertThrows(JsonbException.class, () -> read("{\"rollover\": \"yes\"}"));
    assertThrows(JsonbException.class, () -> read("{\"startDate\": \"31.01.2026\"}"));
  }

  @Test
  void moneyIsWrittenAsExactStrings() {
    var view = new BudgetView(
        UUID.randomUUID(), "travel", new BigDecimal("400.00"), "USD", BudgetPeriod.MONTHLY, LocalDate.parse("2026-01-01"),
        false, List.of(80, 100), 1, null, null,
        new BudgetProgress(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), new BigDecimal("400.00"),
            new BigDecimal("0.00"), new BigDecimal("100.50"), new BigDecimal("299.50"), new BigDecimal("25.13"),
            new BigDecimal("301.50")));
    String json = ApiJson.jsonb().toJson(BudgetResponse.from(view));
    assertTrue(json.contains("\"amount\":\"400.00\""), json);
    assertTrue(json.contains("\"spent\":\"100.50\""), json);
    assertTrue(json.contains("\"percentUsed\":\"25.13\""), json);
    assertTrue(json.contains("\"period\":\"monthly\""), json);
    assertTrue(json.contains("\"periodStart\":\"2026-11-01\""), json);
  }
}
