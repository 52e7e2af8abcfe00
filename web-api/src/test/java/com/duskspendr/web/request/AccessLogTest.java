package com.duskspendr.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.tracing.TraceContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogTest {

  private static final Instant AT = Instant.parse("2026-12-03T21:30:00Z");
  private static final String ACCOUNT = "5e31f1bd-d80a-4209-80b7-7e222e25864d";
  private static final TraceContext TRACE =
      TraceContext.parse("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", null).orElseThrow();

  private static JsonObject json(String line) {
    return Json.createReader(new StringReader(line)).readObject();
  }

  @Test
  void aMatchedRouteIsWrittenAsItsTemplateWithTheUserHashedNeverItsPathOrId() {
    AccessLog log = new AccessLog(AccessLog.Format.JSON, null);
    String line = log.line(AT, "GET", "GET /v1/transactions/{id}", "/api/v1/transactions/7f0c", 200, 1_234_567,
        "req-1", TRACE, () -> ACCOUNT);
    JsonObject entry = json(line);
    assertEquals("2026-12-03T21:30:00Z", entry.getString("time"));
    assertEquals("GET", entry.getString("method"));
    assertEquals("GET /v1/transactions/{id}", entry.getString("route"));
    assertFalse(entry.containsKey("path"));
    assertEquals(200, entry.getInt("status"));
    assertEquals(1.235, entry.getJsonNumber("ms").doubleValue());
    assertEquals("req-1", entry.getString("requestId"));
    assertEquals("0af7651916cd43dd8448eb211c80319c", entry.getString("traceId"));
    assertEquals(AccessLog.userHash(ACCOUNT), entry.getString("user"));
    assertEquals(16, entry.getString("user").length());
    assertFalse(line.contains(ACCOUNT) || line.contains("7f0c"), line);
  }

  @Test
  void anUnmatchedPathIsWrittenCutAndEscapedAndAnAnonymousCallerAsNull() {
    AccessLog log = new AccessLog(AccessLog.Format.JSON, null);
    String hostile = "/\"}\n{\"status\":200,\u0007" + "a".repeat(400);
    JsonObject entry = json(log.line(AT, "GET", null, hostile, 404, 1000, "req-2", null, null));
    assertTrue(entry.isNull("route"));
    assertEquals(hostile.substring(0, AccessLog.MAX_PATH), entry.getString("path"));
    assertEquals(404, entry.getInt("status"));
    assertTrue(entry.isNull("user"));
    assertTrue(entry.isNull("traceId"));
  }

  @Test
  void textLinesCarryTheSameFacts() {
    AccessLog log = new AccessLog(AccessLog.Format.TEXT, null);
    assertEquals("2026-12-03T21:30:00Z POST /v1/transactions 201 2.5ms req=r trace=0af7651916cd43dd8448eb211c80319c"
            + " user=" + AccessLog.userHash(ACCOUNT),
        log.line(AT, "POST", "POST /v1/transactions", "/api/v1/transactions", 201, 2_500_000, "r", TRACE,
            () -> ACCOUNT));
  }

  @Test
  void differentUsersHashApart() {
    assertNotEquals(AccessLog.userHash(ACCOUNT), AccessLog.userHash("6e31f1bd-d80a-4209-80b7-7e222e25864d"));
  }

  @Test
  void linesGoToTheirOwnFileOneEach(@TempDir Path dir) throws Exception {
    Logger logger = AccessLog.fileLogger(dir.resolve("access-%u-%g.log").toString(), 1 << 20, 2);
    try {
      AccessLog log = new AccessLog(AccessLog.Format.JSON, logger);
      log.record("GET", "GET /v1/users/me", "/api/v1/users/me", 200, 1000, "a", TRACE, () -> ACCOUNT);
      log.record("GET", null, "/nope", 404, 1000, "b", TRACE, null);
      for (Handler handler : logger.getHandlers()) {
        handler.flush();
      }
      var written = Files.readAllLines(dir.resolve("access-0-0.log"));
      assertEquals(2, written.size());
      assertEquals("a", json(written.get(0)).getString("requestId"));
      assertEquals("/nope", json(written.get(1)).getString("path"));
    } finally {
      for (Handler handler : logger.getHandlers()) {
        logger.removeHandler(handler);
        handler.close();
      }
    }
  }
}
