package com.duskspendr.web.request;

import java.util.Optional;

/**
 * The id (and API version) of the request the current thread is serving, for code that has no request at hand (exception
 * mappers, log lines). Set and cleared by {@link RequestIdFilter}; requests are served synchronously, so the
 * thread is the request.
 */
public final class RequestContext {

  private static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();
  private static final ThreadLocal<String> API_VERSION = new ThreadLocal<>();

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

  /** The API version the request addresses ({@link ApiVersions}), for {@code meta.version}. */
  public static String apiVersion() {
    String version = API_VERSION.get();
    return version != null ? version : ApiVersions.CURRENT;
  }

  static void set(String requestId, String apiVersion) {
    REQUEST_ID.set(requestId);
    API_VERSION.set(apiVersion);
  }

  static void clear() {
    REQUEST_ID.remove();
    API_VERSION.remove();
  }
}
