package com.duskspendr.transactions.sharing.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The transfers that settle one currency's balances with as few transfers as possible.
 *
 * <p>Balances that add up to zero can always be settled with one transfer fewer than there are people with a
 * balance (each transfer clears at least one of them, the last one clears two). So the fewest transfers are
 * {@code n − k}, where {@code k} is the largest number of disjoint groups of people whose balances each add up
 * to zero. Up to {@value #EXACT_LIMIT} people with a non-zero balance this finds {@code k} exactly, by dynamic
 * programming over the subsets ({@code 2^n · n} steps: about a million for 16): {@code best(S)} is the most
 * zero-sum groups {@code S} splits into, {@code best(S) = max over i in S of best(S − i) + [sum(S) = 0]}. The
 * people are then ordered so that each zero prefix closes a group, and each group is settled by the greedy
 * rule below, which needs one transfer fewer than the group has people.
 *
 * <p>Above that, a heuristic: first every debtor who owes exactly what a creditor is owed pays them, then the
 * largest debtor pays the largest creditor until all are settled; at most {@code n − 1} transfers, not
 * always the fewest.
 */
public final class SettleUp {

  /** Most people with a non-zero balance for which the plan is exact. */
  public static final int EXACT_LIMIT = 16;

  /** One payment: {@code from} (index into the balances) pays {@code to} this many minor units. */
  public record Transfer(int from, int to, long units) {}

  /** The transfers, and whether they are provably the fewest. */
  public record Plan(List<Transfer> transfers, boolean exact) {}

  private SettleUp() {}

  /**
   * @param balances in minor units, positive for whoever is owed money, negative for whoever owes; must add up
   *     to zero. Their order (the members' join order) makes the plan deterministic.
   */
  public static Plan plan(long[] balances) {
    Objects.requireNonNull(balances, "balances");
    if (Arrays.stream(balances).sum() != 0) {
      throw new IllegalArgumentException("balances must add up to zero");
    }
    int[] open = java.util.stream.IntStream.range(0, balances.length).filter(i -> balances[i] != 0).toArray();
    if (open.length > EXACT_LIMIT) {
      return new Plan(greedy(balances, open, true), false);
    }
    List<Transfer> transfers = new ArrayList<>();
    for (int[] group : zeroSumGroups(balances, open)) {
      transfers.addAll(greedy(balances, group, false));
    }
    return new Plan(transfers, true);
  }

  /** The people split into the most disjoint groups whose balances each add up to zero. */
  static List<int[]> zeroSumGroups(long[] balances, int[] people) {
    int n = people.length;
    int full = (1 << n) - 1;
    long[] sum = new long[1 << n];
    int[] best = new int[1 << n];
    for (int mask = 1; mask <= full; mask++) {
      int low = Integer.numberOfTrailingZeros(mask);
      sum[mask] = sum[mask & (mask - 1)] + balances[people[low]];
      int most = 0;
      for (int rest = mask; rest != 0; rest &= rest - 1) {
        int i = Integer.numberOfTrailingZeros(rest);
        most = Math.max(most, best[mask ^ (1 << i)]);
      }
      best[mask] = most + (sum[mask] == 0 ? 1 : 0);
    }
    // Walk back: remove one person at a time along an optimal chain; read forwards, every zero prefix of the
    // order closes one group.
    int[] order = new int[n];
    int mask = full;
    for (int k = n - 1; k >= 0; k--) {
      int target = best[mask] - (sum[mask] == 0 ? 1 : 0);
      int chosen = -1;
      for (int rest = mask; rest != 0; rest &= rest - 1) {
        int i = Integer.numberOfTrailingZeros(rest);
        if (best[mask ^ (1 << i)] == target) {
          chosen = i;
          break;
        }
      }
      order[k] = people[chosen];
      mask ^= 1 << chosen;
    }
    List<int[]> groups = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    long running = 0;
    for (int person : order) {
      current.add(person);
      running += balances[person];
      if (running == 0) {
        groups.add(current.stream().mapToInt(Integer::intValue).sorted().toArray());
        current.clear();
      }
    }
    return groups;
  }

  /** Largest debtor pays largest creditor (ties: earlier person first); optionally exact matches first. */
  private static List<Transfer> greedy(long[] balances, int[] people, boolean exactMatchesFirst) {
    long[] left = balances.clone();
    List<Transfer> transfers = new ArrayList<>();
    if (exactMatchesFirst) {
      for (int d : people) {
        for (int c : people) {
          if (left[d] < 0 && left[c] > 0 && left[c] == -left[d]) {
            transfers.add(new Transfer(d, c, left[c]));
            left[c] = 0;
            left[d] = 0;
          }
        }
      }
    }
    Comparator<Integer> byAmount = Comparator.comparingLong((Integer i) -> -Math.abs(left[i])).thenComparingInt(i -> i);
    while (true) {
      Integer debtor = Arrays.stream(people).boxed().filter(i -> left[i] < 0).min(byAmount).orElse(null);
      Integer creditor = Arrays.stream(people).boxed().filter(i -> left[i] > 0).min(byAmount).orElse(null);
      if (debtor == null || creditor == null) {
        return transfers;
      }
      long units = Math.min(-left[debtor], left[creditor]);
      transfers.add(new Transfer(debtor, creditor, units));
      left[debtor] += units;
      left[creditor] -= units;
    }
  }

  /** An amount at the currency's minor digits as minor units ({@code 12.34} → 1234). */
  public static long units(BigDecimal amount, int minorDigits) {
    return amount.movePointRight(minorDigits).longValueExact();
  }

  public static BigDecimal amount(long units, int minorDigits) {
    return BigDecimal.valueOf(units, minorDigits);
  }
}
