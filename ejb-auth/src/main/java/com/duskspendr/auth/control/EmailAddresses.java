package com.duskspendr.auth.control;

import java.util.Locale;

/** How auth compares email addresses: trimmed and lower-cased, so that case never creates a second account. */
public final class EmailAddresses {

  private EmailAddresses() {}

  public static String normalize(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  /** The part before the last {@code @} (the whole address if there is none), normalized. */
  public static String localPart(String email) {
    String normalized = normalize(email);
    int at = normalized.lastIndexOf('@');
    return at < 0 ? normalized : normalized.substring(0, at);
  }
}
