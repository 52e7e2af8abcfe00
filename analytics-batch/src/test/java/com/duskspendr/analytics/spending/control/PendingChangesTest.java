package com.duskspendr.analytics.spending.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Stored totals plus pending changes equal totals computed from the ledger as it is, over random histories
 * with edits (day, currency, category, amount) and deletes; and applying the writer's deltas gives the same.
 */
class PendingChangesTest {

  private static final String[] CATEGORIES = {"food_and_drink.coffee", "food_and_drink", "travel.flights", ""};
  private static final String[] CURRENCIES = {"USD", "EUR", "JPY"};

  private record Key(String primary, String currency) {}

  @Test
  void storedPlusPendingEqualsADirectComputation() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      UUID user = UUID.randomUUID();
      Map<UUID, Contribution> ledger = new HashMap<>();
      for (int i = 0; i < 30; i++) {
        Contribution c = random(random, UUID.randomUUID());
        ledger.put(c.transactionId(), c);
      }
      Map<UUID, Contribution> facts = new HashMap<>(ledger);
      Map<Key, Totals> stored = direct(facts.values());

      Set<UUID> changed = new HashSet<>();
      List<UUID> ids = new ArrayList<>(ledger.keySet());
      for (int i = 0; i < 10; i++) {
        UUID id = ids.get(random.nextInt(ids.size()));
        changed.add(id);
        if (random.nextInt(4) == 0) {
          ledger.remove(id);
        } else {
          ledger.put(id, random(random, id));
        }
      }
      for (int i = 0; i < 3; i++) {
        Contribution added = random(random, UUID.randomUUID());
        ledger.put(added.transactionId(), added);
        changed.add(added.transactionId());
      }
      List<Contribution> before = changed.stream().map(facts::get).filter(java.util.Objects::nonNull).toList();
      List<Contribution> after = changed.stream().map(ledger::get).filter(java.util.Objects::nonNull).toList();
      PendingChanges pending = new PendingChanges(user, 1, 2, changed, before, after, false);

      Map<Key, Totals> expected = direct(ledger.values());
      assertEquals(normalized(expected), normalized(pending.applyTo(stored, c -> true, PendingChangesTest::key)));

      Map<Key, Totals> applied = new HashMap<>(stored);
      pending.deltas(PendingChangesTest::key).forEach((k, d) -> applied.merge(k, d, Totals::plus));
      applied.values().removeIf(Totals::isEmpty);
      assertEquals(normalized(expected), normalized(applied));
    }
  }

  @Test
  void dirtyDaysAreTheOldAndTheNewDays() {
    UUID id = UUID.randomUUID();
    Contribution old = new Contribution(id, LocalDate.of(2026, 1, 5), "", "USD", new BigDecimal("-1.00"), null);
    Contribution now = new Contribution(id, LocalDate.of(2026, 2, 5), "", "USD", new BigDecimal("-1.00"), null);
    PendingChanges pending = new PendingChanges(UUID.randomUUID(), 0, 1, Set.of(id), List.of(old), List.of(now), false);
    assertEquals(Set.of(old.day(), now.day()), pending.dirtyDays());
  }

  @Test
  void primaryCategoriesAndSigns() {
    Contribution refund = new Contribution(UUID.randomUUID(), LocalDate.now(), "food_and_drink.coffee", "USD",
        new BigDecimal("4.50"), " Cafe ");
    assertEquals("food_and_drink", refund.primaryCategory());
    assertEquals(0, refund.spent().signum());
    assertEquals(new BigDecimal("4.50"), refund.income());
    assertEquals("Cafe", refund.merchant());
    assertEquals(Contribution.UNCATEGORIZED, Contribution.primaryOf(null));
  }

  private static Key key(Contribution c) {
    return new Key(c.primaryCategory(), c.currency());
  }

  private static Map<Key, Totals> direct(java.util.Collection<Contribution> contributions) {
    Map<Key, Totals> totals = new HashMap<>();
    contributions.forEach(c -> totals.merge(key(c), c.totals(), Totals::plus));
    return totals;
  }

  private static Map<Key, String> normalized(Map<Key, Totals> totals) {
    Map<Key, String> result = new HashMap<>();
    totals.forEach((k, t) -> result.put(k,
        t.spent().stripTrailingZeros().toPlainString() + "/" + t.income().stripTrailingZeros().toPlainString()
            + "/" + t.count()));
    return result;
  }

  private static Contribution random(Random random, UUID id) {
    BigDecimal amount = BigDecimal.valueOf(random.nextInt(20_001) - 10_000, 2);
    return new Contribution(id, LocalDate.of(2026, 1, 1).plusDays(random.nextInt(90)),
        CATEGORIES[random.nextInt(CATEGORIES.length)], CURRENCIES[random.nextInt(CURRENCIES.length)], amount,
        "m" + random.nextInt(3));
  }
}
