package com.duskspendr.transactions.ledger.control;

import com.duskspendr.transactions.ledger.boundary.CategorizationStatus;
import java.util.Objects;

/**
 * When the user's choice of category is a correction. A correction is recorded as a labelled example and
 * makes the transaction {@code manual}, which automation never overwrites.
 */
public final class CategoryCorrections {

  /** What the user's choice means. */
  public enum Outcome {
    /** Not about the category, or nothing to learn: leave it. */
    NONE,
    /** The user kept the category automation chose: it becomes theirs (manual), nothing to record. */
    CONFIRMED,
    /** The user set or changed the category: record it and make it manual. */
    CORRECTED
  }

  private CategoryCorrections() {}

  /** A new transaction: a category given by the user is their choice from nothing. */
  public static Outcome onCreate(String chosen) {
    return chosen == null ? Outcome.NONE : Outcome.CORRECTED;
  }

  /**
   * A change of an existing transaction.
   *
   * @param categoryInPatch whether the patch names the category at all
   * @param chosen the category the patch sets (null: removed)
   */
  public static Outcome onUpdate(
      String current, CategorizationStatus currentStatus, boolean categoryInPatch, String chosen) {
    if (!categoryInPatch) {
      return Outcome.NONE;
    }
    if (!Objects.equals(current, chosen)) {
      return Outcome.CORRECTED;
    }
    return currentStatus == CategorizationStatus.MANUAL || chosen == null ? Outcome.NONE : Outcome.CONFIRMED;
  }
}
