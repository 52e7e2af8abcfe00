package com.duskspendr.web.request;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Which request ids we accept from clients and how we make our own. A client's id is only taken when it is
 * short and made of safe characters, since it ends up in logs and response headers.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";

  /** The servlet request attribute (and so JAX-RS request property) that holds the id. */
  public static final String ATTRIBUTE = "com.duskspendr.requestId";

  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private RequestIds() {}

  /** The client's id if it is acceptable. */
  public static Optional<String> accept(String candidate) {
    return candidate != null && ACCEPTED.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
  }

  public static String generate() {
    return UUID.randomUUID().toString();
  }

  /** The client's id when acceptable, else a new one. */
  public static String fromHeader(String headerValue) {
    return accept(headerValue).orElseGet(RequestIds::generate);
  }
}
