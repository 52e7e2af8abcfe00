package com.duskspendr.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.auth.boundary.LoginThrottledException;
import com.duskspendr.web.envelope.ErrorCode;
import com.duskspendr.web.envelope.ErrorEnvelope;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErrorResponsesTest {

  private final Logger logger = Logger.getLogger(ErrorResponses.class.getName());
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture = new Handler() {
    @Override public void publish(LogRecord record) { records.add(record); }
    @Override public void flush() {}
    @Override public void close() {}
  };

  @BeforeAll
  static void jaxRs() {
    StubRuntimeDelegate.install();
  }

  @BeforeEach
  void captureLog() {
    logger.addHandler(capture);
  }

  @AfterEach
  void releaseLog() {
    logger.removeHandler(capture);
  }

  @Test
  void unexpectedFailureIs500WithTheGenericMessageAndIsLoggedWithItsCause() {
    IllegalStateException bug = new IllegalStateException("connection to 10.0.0.5 refused");
    Response response = ErrorResponses.of(bug);

    assertEquals(500, response.getStatus());
    ErrorEnvelope envelope = assertInstanceOf(ErrorEnvelope.class, response.getEntity());
    assertFalse(envelope.success());
    assertEquals(ErrorCode.INTERNAL_ERROR, envelope.error().code());
    assertFalse(envelope.error().message().contains("10.0.0.5"));
    assertNotNull(envelope.meta().requestId());

    LogRecord severe = records.stream().filter(r -> r.getLevel() == Level.SEVERE).findFirst().orElseThrow();
    assertSame(bug, severe.getThrown());
    assertTrue(severe.getMessage().startsWith("["), "log line carries the request id: " + severe.getMessage());
  }

  @Test
  void clientErrorsAreNotLoggedAsSevere() {
    ErrorResponses.of(new LoginThrottledException(Duration.ofSeconds(3)));
    assertTrue(records.stream().noneMatch(r -> r.getLevel() == Level.SEVERE));
  }

  @Test
  void headersTheErrorCallsForAreSent() {
    Response response = ErrorResponses.of(new LoginThrottledException(Duration.ofMillis(2500)));
    assertEquals(429, response.getStatus());
    assertEquals("3", response.getHeaderString("Retry-After"));
    assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
  }

  @Test
  void redirectsPassThroughUntouched() {
    RedirectionException redirect = new RedirectionException(Response.Status.SEE_OTHER, URI.create("/api/docs"));
    assertSame(redirect.getResponse(), ErrorResponses.of(redirect));
  }
}
