package com.duskspendr.web.api;

import com.duskspendr.platform.failure.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conditional writes: a record's {@code ETag} is its version ({@code "3"}), and a client makes a change
 * conditional by sending it back in {@code If-Match} ({@code "3"}, also {@code W/"3"} or a bare {@code 3};
 * {@code *} means any version) or as a {@code version} in the request. One place for every resource.
 */
public final class IfMatch {

  public static final String HEADER = "If-Match";
  private static final Pattern TAG = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

  private IfMatch() {}

  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * @param requestField the request's own version field, named in the error when the two disagree
   * @return the expected version, or null when neither the header nor the request names one
   * @throws InvalidInputException for an unreadable header, or a header and a version that disagree
   */
  public static Long expected(String ifMatch, Long fromRequest, String requestField) {
    Long fromHeader = null;
    if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*")) {
      Matcher tag = TAG.matcher(ifMatch.strip());
      if (!tag.matches()) {
        throw InvalidInputException.of(HEADER, "must be the record's ETag, a version number such as \"3\"");
      }
      fromHeader = Long.parseLong(tag.group(1));
    }
    if (fromHeader != null && fromRequest != null && !fromHeader.equals(fromRequest)) {
      throw InvalidInputException.of(requestField, "differs from the If-Match header");
    }
    return fromHeader != null ? fromHeader : fromRequest;
  }
}
