package com.duskspendr.web.request;

import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Puts the request's id and trace id in front of every log record written while a request is being served,
 * whoever writes it: Payara, Jersey, EclipseLink and the JDBC driver as well as our own code. Installed on the
 * server's log handlers ({@link LogCorrelation}), because their formatters belong to the server: a filter is
 * the one hook a handler offers that sees each record, on the logging thread, before it is formatted (Payara's
 * handlers format later, on a thread of their own, where the request's thread-local context is gone).
 *
 * <p>Records whose message is a key of their resource bundle (Payara's are) are resolved first, since the
 * prefixed text is no longer a key. A record already prefixed ({@link RequestLog}, or seen by an earlier
 * handler) is left as it is.
 */
final class CorrelatingLogFilter implements Filter {

  private final Filter next;

  /** @param next the handler's own filter, consulted after this one (null when it had none) */
  CorrelatingLogFilter(Filter next) {
    this.next = next;
  }

  Filter next() {
    return next;
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    if (RequestContext.requestId().isPresent()) {
      String message = resolved(record);
      String prefix = RequestLog.prefixed("");
      if (message == null || !message.startsWith(prefix)) {
        record.setMessage(prefix + (message == null ? "" : message));
      }
    }
    return next == null || next.isLoggable(record);
  }

  /** The record's message, looked up in its bundle when it is a key there (the bundle is then dropped). */
  private static String resolved(LogRecord record) {
    String message = record.getMessage();
    ResourceBundle bundle = record.getResourceBundle();
    if (message != null && bundle != null) {
      try {
        message = bundle.getString(message);
        record.setResourceBundle(null);
        record.setResourceBundleName(null);
      } catch (MissingResourceException notAKey) {
        // a plain message: formatted as it is
      }
    }
    return message;
  }
}
