package com.duskspendr.transactions.sharing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SplitsTest {

  private static List<BigDecimal> decimals(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  @Test
  void aHundredThreeWaysGivesTheCentToTheFirstMember() {
    assertEquals(decimals("33.34", "33.33", "33.33"), Splits.equal(new BigDecimal("100.00"), 2, 3));
  }

  @ParameterizedTest
  @CsvSource({
    "100.00, 2, 3, 33.34 33.33 33.33",
    "100, 2, 3, 33.34 33.33 33.33",
    "0.02, 2, 3, 0.01 0.01 0.00",
    "0.01, 2, 4, 0.01 0.00 0.00 0.00",
    "10.00, 2, 4, 2.50 2.50 2.50 2.50",
    "10.01, 2, 4, 2.51 2.50 2.50 2.50",
    "10.03, 2, 4, 2.51 2.51 2.51 2.50",
    "1000, 0, 3, 334 333 333",
    "1, 0, 2, 1 0",
    "1.000, 3, 3, 0.334 0.333 0.333",
    "7.50, 2, 1, 7.50",
  })
  void equalSplitsAddUpAndFavourTheEarliest(String amount, int digits, int people, String expected) {
    assertEquals(decimals(expected.split(" ")), Splits.equal(new BigDecimal(amount), digits, people));
  }

  @ParameterizedTest
  @CsvSource({
    // amount, digits, weights, expected
    "100.00, 2, 50 30 20, 50.00 30.00 20.00",
    "10.00, 2, 33.3333 33.3333 33.3334, 3.33 3.33 3.34",
    "100.00, 2, 1 2, 33.33 66.67",
    "100.00, 2, 2 1, 66.67 33.33",
    "0.05, 2, 1 1 1 1 1 1, 0.01 0.01 0.01 0.01 0.01 0.00",
    "99.99, 2, 3 3 3, 33.33 33.33 33.33",
    "1.00, 2, 1 1 1 3, 0.17 0.17 0.16 0.50",
    "50, 0, 1 1 1, 17 17 16",
  })
  void weightedSplitsGiveLeftoverUnitsByLargestRemainder(String amount, int digits, String weights, String expected) {
    assertEquals(decimals(expected.split(" ")),
        Splits.byWeights(new BigDecimal(amount), digits, decimals(weights.split(" "))));
  }

  @Test
  void aLargestRemainderBeatsAnEarlierPlace() {
    // exact shares 0.333.., 0.666..: the second loses more by rounding down, so it takes the unit.
    assertEquals(decimals("0.33", "0.67"), Splits.byWeights(new BigDecimal("1.00"), 2, decimals("1", "2")));
  }

  @Test
  void nonPositiveWeightsAndNobodyAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Splits.byWeights(BigDecimal.TEN, 2, List.of()));
    assertThrows(IllegalArgumentException.class, () -> Splits.byWeights(BigDecimal.TEN, 2, decimals("1", "0")));
    assertThrows(IllegalArgumentException.class, () -> Splits.byWeights(BigDecimal.TEN, 2, decimals("1", "-1")));
  }

  @Test
  void anAmountFinerThanTheMinorUnitIsRefused() {
    assertThrows(ArithmeticException.class, () -> Splits.equal(new BigDecimal("1.005"), 2, 2));
  }

  @Test
  void randomSplitsAddUpExactlyStayWithinOneUnitOfExactAndRepeatThemselves() {
    Random random = new Random(16);
    for (int round = 0; round < 5_000; round++) {
      int digits = random.nextInt(4);
      BigDecimal amount = BigDecimal.valueOf(1 + (long) (random.nextDouble() * 10_000_000), digits);
      int people = 1 + random.nextInt(12);
      List<BigDecimal> weights = new ArrayList<>();
      for (int i = 0; i < people; i++) {
        weights.add(round % 3 == 0 ? BigDecimal.ONE : BigDecimal.valueOf(1 + random.nextInt(100_000), random.nextInt(5)));
      }
      List<BigDecimal> parts = Splits.byWeights(amount, digits, weights);
      String context = amount + " by " + weights + " gave " + parts;
      assertEquals(0, amount.compareTo(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)), context);
      BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
      for (int i = 0; i < people; i++) {
        assertEquals(digits, parts.get(i).scale(), context);
        BigDecimal exact = amount.multiply(weights.get(i)).divide(total, MathContext.DECIMAL128);
        BigDecimal off = parts.get(i).subtract(exact);
        // Rounded down, plus at most one unit: never more than one unit away, never below the floor.
        assertTrue(off.compareTo(unit) < 0 && off.compareTo(unit.negate()) > 0, context);
      }
      assertEquals(parts, Splits.byWeights(amount, digits, weights), "deterministic: " + context);
    }
  }

  @Test
  void randomEqualSplitsDifferByAtMostOneUnitAndTheExtraUnitsGoToTheFirstMembers() {
    Random random = new Random(215);
    for (int round = 0; round < 5_000; round++) {
      int digits = random.nextInt(4);
      BigDecimal amount = BigDecimal.valueOf(1 + (long) (random.nextDouble() * 1_000_000), digits);
      int people = 1 + random.nextInt(20);
      List<BigDecimal> parts = Splits.equal(amount, digits, people);
      for (int i = 1; i < people; i++) {
        BigDecimal step = parts.get(i - 1).subtract(parts.get(i));
        assertTrue(step.signum() >= 0 && step.compareTo(BigDecimal.ONE.movePointLeft(digits)) <= 0,
            amount + " / " + people + " = " + parts);
      }
    }
  }
}
