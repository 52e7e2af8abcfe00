package com.duskspendr.ml.insights.entity;

import java.util.Locale;

/** What an insight is about; the wire name is the lower-case constant. */
public enum InsightType {
  /** A top category of the period and its change against the three periods before. */
  SPENDING_PATTERN,
  /** An amount far above what the user usually pays that merchant (or in that category). */
  UNUSUAL_AMOUNT,
  /** The same merchant charged the same amount twice within a few days. */
  DUPLICATE_CHARGE,
  /** A merchant never seen before, charging much more than the user's typical payment. */
  FIRST_TIME_MERCHANT,
  /** A payment that repeats weekly, monthly or yearly, with its monthly cost. */
  RECURRING_PAYMENT,
  /** A recurring payment that now costs more than its steady earlier price. */
  PRICE_INCREASE,
  /** A category heading above its budget or its usual level, with the amount that could be saved. */
  SAVINGS_OPPORTUNITY;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
