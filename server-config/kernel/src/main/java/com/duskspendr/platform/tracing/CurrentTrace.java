package com.duskspendr.platform.tracing;

import java.util.Optional;

/**
 * The trace of the work this thread is doing: set by the HTTP edge for a request and by
 * {@code EventMessages.read} for a consumed message, read by the outbox when it stores a message, so the
 * message continues the trace. Request and message-driven threads are pooled: whoever sets it clears it
 * (or the next request or message replaces it), and work that set nothing carries no trace.
 */
public final class CurrentTrace {

  private static final ThreadLocal<TraceContext> CURRENT = new ThreadLocal<>();

  private CurrentTrace() {}

  public static Optional<TraceContext> get() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** @param trace null clears it */
  public static void set(TraceContext trace) {
    if (trace == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(trace);
    }
  }

  public static void clear() {
    CURRENT.remove();
  }
}
