package com.duskspendr.web.categories;

import com.duskspendr.transactions.errors.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the version a client expects from an {@code If-Match} header ({@code "3"}, {@code W/"3"} or a bare
 * {@code 3}) or from a {@code version} field of the body; either makes the write conditional.
 */
public final class IfMatch {

  public static final String HEADER = "If-Match";
  private static final Pattern VERSION = Pattern.compile("^\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*$");

  private IfMatch() {}

  /** The expected version, or null when the client sent neither. */
  public static Long expectedVersion(String header, Long bodyVersion) {
    Long fromHeader = parse(header);
    if (bodyVersion != null && fromHeader != null && !bodyVersion.equals(fromHeader)) {
      throw InvalidInputException.of("version", "differs from the If-Match header");
    }
    return bodyVersion != null ? bodyVersion : fromHeader;
  }

  static Long parse(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    Matcher m = VERSION.matcher(header);
    if (!m.matches()) {
      throw InvalidInputException.of(HEADER, "must be a version number, such as \"3\"");
    }
    return Long.valueOf(m.group(1));
  }
}
