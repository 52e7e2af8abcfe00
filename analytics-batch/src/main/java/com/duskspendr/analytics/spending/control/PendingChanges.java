package com.duskspendr.analytics.spending.control;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A user's transactions that changed after the aggregates' watermark: what the aggregates hold of them
 * ({@code before}) and what they are now ({@code after}; a deleted one is absent). Stored totals minus
 * {@code before} plus {@code after} equal totals computed from the ledger as it is, which is how a read stays
 * exact between nightly runs and how the nightly run updates only the user-days that changed.
 *
 * @param fromSeq the watermark these changes start after
 * @param throughSeq the change-log position these changes reach (the new watermark once applied)
 * @param reset whether the aggregates are rebuilt from nothing ({@code before} is then empty and every stored
 *     row of the user goes)
 */
public record PendingChanges(
    UUID userId, long fromSeq, long throughSeq, Set<UUID> changedIds, List<Contribution> before, List<Contribution> after,
    boolean reset) implements java.io.Serializable {

  public PendingChanges {
    changedIds = Set.copyOf(changedIds);
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  public boolean isEmpty() {
    return changedIds.isEmpty() && !reset;
  }

  /** The days whose totals these changes move: old days of changed transactions and their new days. */
  public Set<LocalDate> dirtyDays() {
    Set<LocalDate> days = new java.util.TreeSet<>();
    before.forEach(c -> days.add(c.day()));
    after.forEach(c -> days.add(c.day()));
    return days;
  }

  /**
   * Stored totals by key, brought up to date: contributions that {@code within} accepts are taken out as they
   * were and put back as they are, under {@code key}. Groups left without transactions are dropped.
   */
  public <K> Map<K, Totals> applyTo(
      Map<K, Totals> stored, Predicate<Contribution> within, Function<Contribution, K> key) {
    Map<K, Totals> result = new HashMap<>(stored);
    for (Contribution old : before) {
      if (within.test(old)) {
        result.merge(key.apply(old), old.totals(), Totals::minus);
      }
    }
    for (Contribution now : after) {
      if (within.test(now)) {
        result.merge(key.apply(now), now.totals(), Totals::plus);
      }
    }
    result.values().removeIf(Totals::isEmpty);
    return result;
  }

  /** The signed change per key that applying these changes makes (for the writer's additive upserts). */
  public <K> Map<K, Totals> deltas(Function<Contribution, K> key) {
    Map<K, Totals> deltas = new HashMap<>();
    for (Contribution old : before) {
      deltas.merge(key.apply(old), Totals.ZERO.minus(old.totals()), Totals::plus);
    }
    for (Contribution now : after) {
      deltas.merge(key.apply(now), now.totals(), Totals::plus);
    }
    deltas.values().removeIf(t -> t.count() == 0 && t.spent().signum() == 0 && t.income().signum() == 0);
    return deltas;
  }
}
