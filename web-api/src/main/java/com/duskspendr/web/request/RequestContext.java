package com.duskspendr.web.request;

import java.util.Optional;

/**
 * The id of the request the current thread is serving, for code that has no request at hand (exception
 * mappers, log lines). Set and cleared by {@link RequestIdFilter}; requests are served synchronously, so the
 * thread is the request.
 */
public final class RequestContext {

  private static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();

  private RequestContext() {}

  public static Optional<String> requestId() {
    return Optional.ofNullable(REQUEST_ID.get());
  }

  /**
   * The current id; outside a filtered request (which should not happen in production) a fresh one, so
   * that an envelope never carries a null id.
   */
  public static String requestIdOrNew() {
    String id = REQUEST_ID.get();
    return id != null ? id : RequestIds.generate();
  }

  static void set(String requestId) {
    REQUEST_ID.set(requestId);
  }

  static void clear() {
    REQUEST_ID.remove();
  }
}
