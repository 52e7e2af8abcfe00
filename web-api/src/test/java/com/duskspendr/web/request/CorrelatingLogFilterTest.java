package com.duskspendr.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CorrelatingLogFilterTest {

  /** A server-style bundle: the record's message is a key. */
  public static class Messages extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
      return new Object[][] {{"NCLS-TEST-00001", "Internal Server error: {0}"}};
    }
  }

  private final List<String> written = new ArrayList<>();
  private final Logger logger = Logger.getLogger("duskspendr.test.correlation");

  CorrelatingLogFilterTest() {
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (isLoggable(record)) {
          written.add(new SimpleFormatter().formatMessage(record));
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    handler.setFilter(new CorrelatingLogFilter(record -> record.getLevel().intValue() >= Level.INFO.intValue()));
    logger.setUseParentHandlers(false);
    for (Handler old : logger.getHandlers()) {
      logger.removeHandler(old);
    }
    logger.addHandler(handler);
  }

  @AfterEach
  void clear() {
    RequestContext.clear();
  }

  @Test
  void aServersRecordDuringARequestCarriesTheRequestIdAndReadsAsItsBundleSays() {
    RequestContext.set("req-42", "v1");
    LogRecord record = new LogRecord(Level.WARNING, "NCLS-TEST-00001");
    record.setResourceBundle(new Messages());
    record.setParameters(new Object[] {"/health/ready"});
    logger.log(record);

    assertEquals(List.of("[req-42] Internal Server error: /health/ready"), written);
  }

  @Test
  void outsideARequestRecordsAreLeftAlone() {
    logger.info("started");

    assertEquals(List.of("started"), written);
  }

  @Test
  void aRecordAlreadyPrefixedIsNotPrefixedAgainAndTheHandlersOwnFilterStillDecides() {
    RequestContext.set("req-7", "v1");
    logger.info(RequestLog.prefixed("ours"));
    logger.fine("below the handler's level");

    assertEquals(List.of("[req-7] ours"), written);
  }
}
