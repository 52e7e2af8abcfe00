package com.duskspendr.transactions.sharing.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Divides an amount among participants by weights, exactly, at the currency's minor unit. Each participant
 * first gets the exact share rounded down to the minor unit; the units this leaves over (fewer than there
 * are participants) go one each to the participants whose exact share lost the most by rounding down (the
 * largest remainder, Hamilton's method), and among equal remainders to those earlier in the list. The list
 * is in the members' join order, so the same member always comes first: 100.00 split three ways is
 * 33.34 + 33.33 + 33.33, the 0.01 going to the earliest member. The parts always add up to the amount.
 */
public final class Splits {

  private Splits() {}

  /** An equal split among {@code participants} people. */
  public static List<BigDecimal> equal(BigDecimal amount, int minorDigits, int participants) {
    return byWeights(amount, minorDigits, java.util.Collections.nCopies(participants, BigDecimal.ONE));
  }

  /**
   * @param amount positive, with at most {@code minorDigits} decimals
   * @param weights positive (percentages, shares, or ones for an equal split), in join order
   * @return each participant's part, at exactly {@code minorDigits} decimals, in the weights' order
   */
  public static List<BigDecimal> byWeights(BigDecimal amount, int minorDigits, List<BigDecimal> weights) {
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("no participants");
    }
    if (weights.stream().anyMatch(w -> w.signum() <= 0)) {
      throw new IllegalArgumentException("weights must be positive");
    }
    BigInteger units = amount.movePointRight(minorDigits).toBigIntegerExact();
    BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal exactUnits = new BigDecimal(units);
    List<BigInteger> floors = new ArrayList<>(weights.size());
    List<BigDecimal> remainders = new ArrayList<>(weights.size());
    BigInteger given = BigInteger.ZERO;
    for (BigDecimal weight : weights) {
      BigDecimal numerator = exactUnits.multiply(weight);
      BigDecimal floor = numerator.divide(total, 0, RoundingMode.FLOOR);
      floors.add(floor.toBigIntegerExact());
      // numerator / total - floor, scaled by total: compared exactly, without a division that could round.
      remainders.add(numerator.subtract(floor.multiply(total)));
      given = given.add(floor.toBigIntegerExact());
    }
    int leftOver = units.subtract(given).intValueExact();
    List<Integer> order = IntStream.range(0, weights.size()).boxed()
        .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i))
        .toList();
    List<BigDecimal> parts = new ArrayList<>(weights.size());
    for (int i = 0; i < weights.size(); i++) {
      parts.add(null);
    }
    for (int rank = 0; rank < order.size(); rank++) {
      int i = order.get(rank);
      BigInteger part = rank < leftOver ? floors.get(i).add(BigInteger.ONE) : floors.get(i);
      parts.set(i, new BigDecimal(part, minorDigits));
    }
    return parts;
  }
}
