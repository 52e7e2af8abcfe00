package com.duskspendr.web.request;

import com.duskspendr.platform.tracing.TraceContext;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * One line per answered request: time, method, route template (never the raw path of a matched route, which
 * carries record ids), status, latency, request id, trace id and a hash of the user's account id, so that a
 * user's requests can be followed without the log naming them. JSON lines by default, or text
 * ({@code duskspendr.http.access-log}: {@code json}, {@code text} or {@code off}), into files of their own
 * (rotating, {@code duskspendr.http.access-log.file}) so that log tools read them without Payara's own log
 * format around every line.
 */
public final class AccessLog {

  public static final String CONFIG_KEY = "duskspendr.http.access-log";
  private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());
  /** A path that matched no route is written as given, cut to this: enough to see what a scanner tried. */
  static final int MAX_PATH = 256;

  enum Format { JSON, TEXT, OFF }

  private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

  private final Format format;
  private final Logger lines;

  AccessLog(Format format, Logger lines) {
    this.format = format;
    this.lines = lines;
  }

  /** No lines at all. */
  static AccessLog off() {
    return new AccessLog(Format.OFF, null);
  }

  boolean isOn() {
    return format != Format.OFF;
  }

  /** As configured, read on first use (a holder class). */
  public static AccessLog configured() {
    return Configured.INSTANCE;
  }

  private static final class Configured {
    static final AccessLog INSTANCE = fromConfig(ConfigProvider.getConfig());
  }

  static AccessLog fromConfig(Config config) {
    Format format = Format.valueOf(
        config.getOptionalValue(CONFIG_KEY, String.class).orElse("json").strip().toUpperCase(Locale.ROOT));
    if (format == Format.OFF) {
      return off();
    }
    Path dataDir = Path.of(config.getOptionalValue("duskspendr.data.dir", String.class).orElse("data"));
    String pattern = config.getOptionalValue(CONFIG_KEY + ".file", String.class)
        .orElse(dataDir.resolve("logs").resolve("access-%u-%g.log").toString());
    int limitBytes = config.getOptionalValue(CONFIG_KEY + ".limit-bytes", Integer.class).orElse(50 * 1024 * 1024);
    int files = config.getOptionalValue(CONFIG_KEY + ".files", Integer.class).orElse(5);
    return new AccessLog(format, fileLogger(pattern, limitBytes, files));
  }

  /**
   * A logger of its own with a file handler that writes the bare line; if the file cannot be opened, the lines
   * go to the server log rather than nowhere.
   */
  static Logger fileLogger(String pattern, int limitBytes, int files) {
    Logger logger = Logger.getLogger("com.duskspendr.access");
    try {
      Path parent = Path.of(pattern).toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      FileHandler handler = new FileHandler(pattern, limitBytes, files, true);
      handler.setEncoding(StandardCharsets.UTF_8.name());
      handler.setFormatter(new Formatter() {
        @Override
        public String format(LogRecord record) {
          return record.getMessage() + System.lineSeparator();
        }
      });
      logger.addHandler(handler);
      logger.setUseParentHandlers(false);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot open the access log " + pattern + "; its lines go to the server log", e);
    }
    logger.setLevel(Level.INFO);
    return logger;
  }

  /**
   * @param route the matched route's template, or null when none matched
   * @param path the request's path below the context root (written only when no route matched)
   */
  void record(String method, String route, String path, int status, long nanos, String requestId, TraceContext trace,
      Principal user) {
    if (format == Format.OFF) {
      return;
    }
    lines.info(line(Instant.now(), method, route, path, status, nanos, requestId, trace, user));
  }

  String line(Instant at, String method, String route, String path, int status, long nanos, String requestId,
      TraceContext trace, Principal user) {
    String shownPath = route != null ? null : cut(path);
    String userHash = user == null ? null : userHash(user.getName());
    String traceId = trace == null ? null : trace.traceId();
    double millis = Math.round(nanos / 1_000.0) / 1_000.0;
    if (format == Format.TEXT) {
      // The template starts with the method already.
      return at + " " + (route != null ? route : method + " " + shownPath + " (no route)") + " " + status + " "
          + millis + "ms req=" + requestId + " trace=" + traceId + " user=" + (userHash == null ? "-" : userHash);
    }
    StringWriter out = new StringWriter(256);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject()
          .write("time", at.toString())
          .write("method", method);
      writeOrNull(json, "route", route);
      if (shownPath != null) {
        json.write("path", shownPath);
      }
      json.write("status", status).write("ms", millis);
      writeOrNull(json, "requestId", requestId);
      writeOrNull(json, "traceId", traceId);
      writeOrNull(json, "user", userHash);
      json.writeEnd();
    }
    return out.toString();
  }

  private static void writeOrNull(JsonGenerator json, String name, String value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }

  private static String cut(String path) {
    return path == null || path.length() <= MAX_PATH ? path : path.substring(0, MAX_PATH);
  }

  /**
   * The first 16 hex digits of the account id's SHA-256: the same for all of a user's lines, and not the id
   * (which other records key on) itself.
   */
  static String userHash(String accountId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(accountId.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
