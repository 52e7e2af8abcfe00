package com.duskspendr.ml.insights.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Median and median absolute deviation: unlike the mean and standard deviation, one extreme value moves
 * them hardly at all, so an outlier in the history cannot hide the next one.
 */
public final class RobustStats {

  /** Scales the MAD to the standard deviation of a normal distribution (1 / Φ⁻¹(3/4)). */
  public static final BigDecimal MAD_TO_SIGMA = new BigDecimal("1.4826");

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private RobustStats() {}

  /** The middle value (the mean of the two middle ones for an even count), exact. */
  public static BigDecimal median(Collection<BigDecimal> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    List<BigDecimal> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int middle = sorted.size() / 2;
    if (sorted.size() % 2 == 1) {
      return sorted.get(middle);
    }
    return sorted.get(middle - 1).add(sorted.get(middle)).divide(TWO, MathContext.DECIMAL64);
  }

  /** median(|x − median(x)|). */
  public static BigDecimal mad(Collection<BigDecimal> values, BigDecimal median) {
    List<BigDecimal> deviations = new ArrayList<>(values.size());
    for (BigDecimal value : values) {
      deviations.add(value.subtract(median).abs());
    }
    return median(deviations);
  }
}
