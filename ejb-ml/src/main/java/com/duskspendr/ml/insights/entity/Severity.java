package com.duskspendr.ml.insights.entity;

import java.util.Locale;

/** How much an insight asks for the user's attention, most urgent first. */
public enum Severity {
  ALERT,
  WARNING,
  INFO;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
