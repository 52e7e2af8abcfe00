package com.duskspendr.ml.classifier.control;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How precise filing would be at every confidence threshold, measured on the development set: the calibrated
 * confidence of each line's answer and whether the answer was right. {@link #thresholdFor} turns a precision target
 * ("95% of what is filed must be right") into the lowest confidence that still meets it there.
 */
public final class PrecisionCurve {

  /**
   * A threshold must be backed by this many development lines at or above it: with fewer, "all right so far" says
   * little, and the target itself (a calibrated confidence means what it says) is used instead.
   */
  static final int MIN_SUPPORT = 10;
  /** Never file below even odds, whatever a small development set happens to show. */
  static final double MIN_THRESHOLD = 0.5;

  /** One development line's answer: how sure, and whether right. */
  public record Point(double confidence, boolean right) {}

  private final Point[] points;

  public PrecisionCurve(List<Point> points) {
    this.points = points.toArray(Point[]::new);
    Arrays.sort(this.points, Comparator.comparingDouble(Point::confidence).reversed());
  }

  public static PrecisionCurve empty() {
    return new PrecisionCurve(List.of());
  }

  public int size() {
    return points.length;
  }

  /**
   * The lowest confidence at which the lines at or above it were right at least {@code target} of the time (with
   * enough of them, see {@link #MIN_SUPPORT}); the target itself when no threshold qualifies; never below
   * {@link #MIN_THRESHOLD}.
   */
  public double thresholdFor(double target) {
    if (target <= 0 || target > 1) {
      throw new IllegalArgumentException("target precision must be in (0, 1]");
    }
    double best = Double.NaN;
    int right = 0;
    for (int i = 0; i < points.length; i++) {
      right += points[i].right() ? 1 : 0;
      boolean endOfTies = i + 1 == points.length || points[i + 1].confidence() < points[i].confidence();
      int count = i + 1;
      if (endOfTies && count >= MIN_SUPPORT && right >= target * count) {
        best = points[i].confidence();
      }
    }
    return Math.max(MIN_THRESHOLD, Double.isNaN(best) ? target : best);
  }

  /** Share of the lines at or above a threshold, and how many of those were right. */
  public double[] coverageAndPrecision(double threshold) {
    int filed = 0;
    int right = 0;
    for (Point point : points) {
      if (point.confidence() >= threshold) {
        filed++;
        right += point.right() ? 1 : 0;
      }
    }
    return new double[] {
        points.length == 0 ? 0 : filed / (double) points.length, filed == 0 ? 0 : right / (double) filed};
  }
}
