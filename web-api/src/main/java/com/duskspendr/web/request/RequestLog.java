package com.duskspendr.web.request;

import com.duskspendr.platform.tracing.CurrentTrace;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Log lines that start with {@code [requestId trace=traceId]}, so that one request's lines can be found in the server log.
 * A helper rather than a JUL formatter because the server owns the log handlers and their formatters; our
 * own records are the ones worth correlating.
 */
public final class RequestLog {

  private RequestLog() {}

  public static void log(Logger logger, Level level, String message) {
    log(logger, level, message, null);
  }

  public static void log(Logger logger, Level level, String message, Throwable thrown) {
    if (logger.isLoggable(level)) {
      logger.log(level, prefixed(message), thrown);
    }
  }

  static String prefixed(String message) {
    return "[" + RequestContext.requestId().orElse("-")
        + CurrentTrace.get().map(trace -> " trace=" + trace.traceId()).orElse("") + "] " + message;
  }
}
