package com.duskspendr.transactions.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.transactions.ledger.entity.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FieldVersionsTest {

  @Test
  void aFieldNobodyChangedCollidesWithNothing() {
    FieldVersions none = FieldVersions.parse("{}");
    assertEquals(Optional.empty(), none.collision(List.of("notes", "amount"), 1));
    assertEquals(0, none.lastUserChange());
    assertEquals(0, FieldVersions.parse(null).lastChanged("notes"));
  }

  @Test
  void onlyALaterChangeOfOneOfTheSameFieldsCollides() {
    FieldVersions versions = FieldVersions.parse("{\"notes\": 3, \"tags\": 5}");
    assertEquals(Optional.empty(), versions.collision(List.of("amount", "merchantName"), 1));
    assertEquals(Optional.of("notes"), versions.collision(List.of("amount", "notes"), 2));
    assertEquals(Optional.empty(), versions.collision(List.of("notes"), 3), "the version the client saw");
    assertEquals(Optional.of("tags"), versions.collision(List.of("notes", "tags"), 4));
    assertEquals(5, versions.lastUserChange());
  }

  @Test
  void rowsOlderThanTheColumnCountEveryFieldAsChangedAtTheirBaseline() {
    FieldVersions old = FieldVersions.parse("{\"*\": 4}");
    assertEquals(Optional.of("notes"), old.collision(List.of("notes"), 3));
    assertEquals(Optional.empty(), old.collision(List.of("notes"), 4));
    FieldVersions later = old.changed(List.of("notes"), 6);
    assertEquals(6, later.lastChanged("notes"));
    assertEquals(4, later.lastChanged("tags"));
  }

  @Test
  void recordingIsARoundTripAndLeavesTheOriginalAlone() {
    FieldVersions first = FieldVersions.parse("{\"notes\":2}");
    FieldVersions next = first.changed(Set.of("amount", "notes"), 7);
    assertEquals(2, first.lastChanged("notes"));
    assertEquals("{\"amount\":7,\"notes\":7}", next.toJson());
    assertEquals(7, FieldVersions.parse(next.toJson()).lastChanged("amount"));
  }

  @Test
  void aPatchChangesOnlyTheFieldsWhoseValueDiffers() {
    Transaction t = new Transaction(UUID.randomUUID(), UUID.randomUUID(), "manual", null);
    t.changeAmount(new BigDecimal("-12.50"), "EUR");
    t.changeDate(LocalDate.of(2025, 1, 2));
    t.changeMerchantName("Bakery");
    t.changeNotes("cake");
    t.changeTags(List.of("x"));
    t.categorize("food_and_drink", "categorized", null, null);
    ValidChanges changes = new ValidChanges(new Change<>(new BigDecimal("-12.5")), null, new Change<>(LocalDate.of(2025, 1, 3)),
        null, new Change<>("Bakery"), null, null, new Change<>("pie"), new Change<>(List.of("x")));
    assertEquals(List.of("date", "notes"), List.copyOf(changes.fieldsChanging(t, false)));
  }

  @Test
  void confirmingTheCategorizersCategoryChangesTheCategoryButRepeatingTheUsersDoesNot() {
    Transaction t = new Transaction(UUID.randomUUID(), UUID.randomUUID(), "manual", null);
    t.changeAmount(BigDecimal.ONE, "EUR");
    t.categorize("food_and_drink", "categorized", null, null);
    ValidChanges same = new ValidChanges(null, null, null, null, null, null, new Change<>("food_and_drink"), null, null);
    assertEquals(Set.of("categoryId"), same.fieldsChanging(t, false));
    assertTrue(same.fieldsChanging(t, true).isEmpty());
    ValidChanges removeNothing = new ValidChanges(null, null, null, null, null, null, new Change<>(null), null, null);
    Transaction pending = new Transaction(UUID.randomUUID(), UUID.randomUUID(), "manual", null);
    pending.changeAmount(BigDecimal.ONE, "EUR");
    pending.categorize(null, "pending", null, null);
    assertTrue(removeNothing.fieldsChanging(pending, false).isEmpty());
  }
}
