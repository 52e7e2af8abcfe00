package com.duskspendr.web.transactions;

import com.duskspendr.transactions.errors.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version a client expects, from the {@code If-Match} header (an entity tag as our ETag writes it:
 * {@code "3"}, also {@code W/"3"} or a bare {@code 3}; {@code *} means any) or from the request itself.
 */
final class Versions {

  static final String IF_MATCH = "If-Match";
  private static final Pattern TAG = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

  private Versions() {}

  static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * @return the expected version, or null when neither the header nor the request names one
   * @throws InvalidInputException for an unreadable header, or a header and a version that disagree
   */
  static Long expected(String ifMatch, Long fromRequest, String requestField) {
    Long fromHeader = null;
    if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*")) {
      Matcher tag = TAG.matcher(ifMatch.strip());
      if (!tag.matches()) {
        throw InvalidInputException.of(IF_MATCH, "must be the ETag of the transaction, e.g. \"3\"");
      }
      fromHeader = Long.parseLong(tag.group(1));
    }
    if (fromHeader != null && fromRequest != null && !fromHeader.equals(fromRequest)) {
      throw InvalidInputException.of(requestField, "differs from the If-Match header");
    }
    return fromHeader != null ? fromHeader : fromRequest;
  }
}
