package com.duskspendr.transactions.ledger.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TransactionSearchTest {

  private final UUID user = UUID.randomUUID();

  private TransactionCriteria criteria(String text, LocalDate afterDate, UUID afterId) {
    return new TransactionCriteria(user, null, null, null, null, null, text, null, null, afterDate, afterId, 50);
  }

  @Test
  void withoutFiltersItIsTheUsersNewestFirstPagePlusOne() {
    var statement = TransactionSearch.of(criteria(null, null, null));
    assertTrue(statement.sql().contains("WHERE t.user_id = CAST(? AS uuid)"));
    assertTrue(statement.sql().endsWith("ORDER BY t.date DESC, t.id DESC LIMIT 51"));
    assertEquals(List.of(user.toString()), statement.parameters());
  }

  @Test
  void everyFilterIsABoundParameter() {
    UUID after = UUID.randomUUID();
    var all = new TransactionCriteria(user, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31),
        Set.of("food_and_drink"), new BigDecimal("-50"), new BigDecimal("-1.5"), "o'brien; DROP",
        "sms", "trip", LocalDate.of(2024, 1, 15), after, 10);
    var statement = TransactionSearch.of(all);
    assertFalse(statement.sql().contains("brien"));
    assertFalse(statement.sql().contains("trip"));
    assertEquals(List.of(user.toString(), "2024-01-01", "2024-01-31", "{\"food_and_drink\"}",
        "-50", "-1.5", "%o'brien; DROP%", "sms", "trip", "2024-01-15", after.toString()), statement.parameters());
    assertTrue(statement.sql().contains("(t.date, t.id) < (CAST(? AS date), CAST(? AS uuid))"));
    assertTrue(statement.sql().endsWith("LIMIT 11"));
  }

  @Test
  void searchTextMatchesLiterally() {
    assertEquals("%100\\%\\_off\\\\%", TransactionSearch.of(criteria("100%_off\\", null, null)).parameters().get(1));
  }
}
