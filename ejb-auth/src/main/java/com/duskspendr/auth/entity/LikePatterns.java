package com.duskspendr.auth.entity;

/** Text taken literally inside a JPQL {@code LIKE ... ESCAPE '\'} pattern. */
final class LikePatterns {

  private LikePatterns() {}

  static String literal(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
