package com.duskspendr.transactions.sharing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SettleUpTest {

  /** Applies the transfers; every balance must end at zero, every transfer move money forwards. */
  private static void assertSettles(long[] balances, List<SettleUp.Transfer> transfers) {
    long[] left = balances.clone();
    for (SettleUp.Transfer t : transfers) {
      assertTrue(t.units() > 0, "a transfer moves money: " + t);
      assertTrue(t.from() != t.to(), "nobody pays themselves: " + t);
      left[t.from()] += t.units();
      left[t.to()] -= t.units();
    }
    assertTrue(Arrays.stream(left).allMatch(b -> b == 0), Arrays.toString(balances) + " left " + Arrays.toString(left));
  }

  /**
   * The fewest transfers by exhaustive search, independent of the plan's reasoning: settle the first open
   * balance against every later one of the other sign in turn, recursively (every optimal plan can be
   * rearranged into one this search visits).
   */
  private static int bruteForce(long[] balances) {
    return search(balances.clone(), 0);
  }

  private static int search(long[] b, int start) {
    while (start < b.length && b[start] == 0) {
      start++;
    }
    if (start == b.length) {
      return 0;
    }
    int best = Integer.MAX_VALUE;
    for (int j = start + 1; j < b.length; j++) {
      if (b[j] != 0 && Long.signum(b[j]) != Long.signum(b[start])) {
        b[j] += b[start];
        best = Math.min(best, 1 + search(b, start + 1));
        b[j] -= b[start];
      }
    }
    return best;
  }

  private static long[] randomBalances(Random random, int people, int spread) {
    long[] balances = new long[people];
    for (int expense = 0; expense < 1 + random.nextInt(5); expense++) {
      int payer = random.nextInt(people);
      long each = 1 + random.nextInt(spread);
      for (int i = 0; i < people; i++) {
        if (random.nextBoolean() && i != payer) {
          balances[i] -= each;
          balances[payer] += each;
        }
      }
    }
    return balances;
  }

  @Test
  void isOptimalAgainstBruteForceOnRandomSmallGroups() {
    Random random = new Random(12);
    for (int round = 0; round < 3_000; round++) {
      long[] balances = randomBalances(random, 2 + random.nextInt(7), round % 2 == 0 ? 5 : 1_000);
      SettleUp.Plan plan = SettleUp.plan(balances);
      assertTrue(plan.exact());
      assertSettles(balances, plan.transfers());
      assertEquals(bruteForce(balances), plan.transfers().size(), Arrays.toString(balances));
    }
  }

  @Test
  void findsZeroSumPairsAGreedyRuleWouldMiss() {
    // {-3, 3} cancel on their own and {-6, -4, 5, 5} settle in three: four transfers, not five.
    long[] balances = {-6, -4, 5, 5, -3, 3};
    SettleUp.Plan plan = SettleUp.plan(balances);
    assertSettles(balances, plan.transfers());
    assertEquals(bruteForce(balances), plan.transfers().size());
    assertEquals(4, plan.transfers().size());
  }

  @Test
  void twelveMembersAreExactToo() {
    Random random = new Random(1212);
    for (int round = 0; round < 20; round++) {
      long[] balances = randomBalances(random, 12, 4);
      SettleUp.Plan plan = SettleUp.plan(balances);
      assertTrue(plan.exact());
      assertSettles(balances, plan.transfers());
      long open = Arrays.stream(balances).filter(b -> b != 0).count();
      int groups = SettleUp.zeroSumGroups(balances,
          java.util.stream.IntStream.range(0, balances.length).filter(i -> balances[i] != 0).toArray()).size();
      assertEquals(open - groups, plan.transfers().size());
    }
  }

  @Test
  void largeGroupsUseTheHeuristicAndStillSettleWithFewerTransfersThanPeople() {
    Random random = new Random(40);
    long[] balances = randomBalances(random, 40, 1_000);
    SettleUp.Plan plan = SettleUp.plan(balances);
    assertFalse(plan.exact());
    assertSettles(balances, plan.transfers());
    assertTrue(plan.transfers().size() < Arrays.stream(balances).filter(b -> b != 0).count());
  }

  @Test
  void settledBalancesNeedNothingAndUnbalancedOnesAreRefused() {
    assertEquals(List.of(), SettleUp.plan(new long[] {0, 0, 0}).transfers());
    assertEquals(List.of(new SettleUp.Transfer(1, 0, 700)), SettleUp.plan(new long[] {700, -700}).transfers());
    assertThrows(IllegalArgumentException.class, () -> SettleUp.plan(new long[] {1, 0}));
  }

  @Test
  void unitsAndAmountsConvertExactly() {
    assertEquals(1234, SettleUp.units(new BigDecimal("12.34"), 2));
    assertEquals(new BigDecimal("12.34"), SettleUp.amount(1234, 2));
    assertEquals(new BigDecimal("500"), SettleUp.amount(500, 0));
  }
}
