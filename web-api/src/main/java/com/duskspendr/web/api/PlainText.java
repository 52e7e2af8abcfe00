package com.duskspendr.web.api;

import java.util.Optional;

/**
 * The one rule for text a client sends (JSON strings and keys, query parameters): no control characters
 * other than tab, line feed and carriage return, and no unpaired UTF-16 surrogates. NUL breaks PostgreSQL
 * (500 before this rule), the others hide text from the person reading it, and an unpaired surrogate
 * cannot be written as UTF-8 at all. Whether a field takes line breaks is that field's own validation.
 */
public final class PlainText {

  static final String CONTROL = "must not contain control characters";
  static final String SURROGATE = "must be valid Unicode (an unpaired surrogate)";

  private PlainText() {}

  /** What is wrong with the text, if anything. */
  public static Optional<String> issueOf(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isForbiddenControl(c)) {
        return Optional.of(CONTROL);
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return Optional.of(SURROGATE);
      }
      if (Character.isLowSurrogate(c)) {
        return Optional.of(SURROGATE);
      }
    }
    return Optional.empty();
  }

  private static boolean isForbiddenControl(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    return c >= 0x7F && c <= 0x9F;
  }
}
