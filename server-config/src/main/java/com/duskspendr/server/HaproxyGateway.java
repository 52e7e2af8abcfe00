package com.duskspendr.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HAProxy (Debian's package) in front of the instances: one address for clients, requests spread over the
 * instances that say they are ready ({@code /health/ready}), a request whose instance refused the connection
 * tried on another, and every answer of its own (no instance ready, a malformed request, a timeout) in the
 * API's error envelope rather than HAProxy's HTML pages. It also answers the request paths Payara's HTTP
 * listener would refuse with a bare 400 before the application sees them (a NUL or a backslash).
 */
public final class HaproxyGateway implements AutoCloseable {

  /** One instance behind the gateway. */
  public record Backend(String name, String host, int port) {}

  private final Process process;
  private final int port;

  private HaproxyGateway(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Writes the configuration and starts HAProxy in the foreground as a child process (so it stops with the
   * launcher), waiting until it listens.
   */
  public static HaproxyGateway start(Path executable, Path configFile, int port, List<Backend> backends, Path logFile)
      throws IOException, InterruptedException, TimeoutException {
    if (!Files.isExecutable(executable)) {
      throw new IllegalStateException("HAProxy is not installed at " + executable
          + " (duskspendr.gateway.haproxy); `./mvnw verify` installs Debian's package, or: apt-get install haproxy");
    }
    Files.createDirectories(configFile.getParent());
    Files.writeString(configFile, configuration(port, backends));
    ProcessBuilder builder =
        new ProcessBuilder(executable.toString(), "-db", "-f", configFile.toString()).redirectErrorStream(true);
    if (logFile == null) {
      builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
    } else {
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    }
    HaproxyGateway gateway = new HaproxyGateway(builder.start(), port);
    gateway.awaitListening(Duration.ofSeconds(20));
    return gateway;
  }

  /**
   * The configuration, generated so that ports and instances come from the launcher's settings.
   *
   * <ul>
   *   <li>A health check every second; an instance is out after two failed checks and back after two good
   *       ones, so a killed instance stops receiving requests within about two seconds.
   *   <li>{@code retries} with {@code redispatch}: a request whose connection an instance refused (it died or is
   *       stopping) goes to another; HAProxy never resends a request that an instance may have started to
   *       process, so writes are retried by clients with their {@code Idempotency-Key}.
   *   <li>{@code X-Forwarded-For} carries the client's address, which the instances trust from the gateway
   *       alone ({@code duskspendr.http.trusted-proxies}).
   *   <li>An {@code X-Request-Id} of its own (a UUID, as the instances would choose) when the client sent
   *       none, so the gateway's and the instance's records of a request share one id.
   * </ul>
   */
  static String configuration(int port, List<Backend> backends) {
    if (backends.isEmpty()) {
      throw new IllegalArgumentException("a gateway needs at least one instance");
    }
    List<String> lines = new ArrayList<>(List.of(
        "global",
        "  maxconn 4096",
        // Room for a request head up to Payara's listener's ceiling (BootCommands), so that the instances
        // answer over-long request lines and headers themselves (414, 431), not the gateway with a 400.
        "  tune.bufsize " + (BootCommands.REQUEST_HEAD_CEILING_BYTES + 16 * 1024),
        "  log stdout format raw local0 notice",
        "",
        "defaults",
        "  mode http",
        "  log global",
        "  option dontlognull",
        "  option forwardfor",
        "  option redispatch",
        "  retries 3",
        "  timeout connect 2s",
        "  timeout http-request 10s",
        "  timeout client 60s",
        "  timeout server 60s",
        // Server-sent events (/notifications/stream) stay open far longer than any request
        "  timeout tunnel 1h",
        "  unique-id-format %[uuid()]"));
    for (GatewayError error : GatewayError.values()) {
      lines.add("  http-error status " + error.status + " content-type application/json lf-string "
          + quoted(envelope(error.code, error.message)));
    }
    lines.addAll(List.of(
        "",
        "frontend api",
        "  bind *:" + port,
        "  http-request set-header X-Request-Id %[unique-id] unless { req.hdr(X-Request-Id) -m found }",
        // Payara's listener refuses these paths with an empty 400 before the application could answer.
        "  acl unsafe_path path -m sub %00",
        "  acl unsafe_path path -m sub -i %5c",
        "  acl unsafe_path path -m sub \\\\",
        "  http-request return status 400 content-type application/json lf-string "
            + quoted(envelope("VALIDATION_ERROR", "The request path contains a NUL or a backslash")) + " if unsafe_path",
        "  default_backend instances",
        "",
        "backend instances",
        "  balance roundrobin",
        "  option httpchk GET /health/ready",
        "  http-check expect status 200",
        "  default-server inter 1s fall 2 rise 2"));
    for (Backend backend : backends) {
      lines.add("  server " + backend.name() + " " + backend.host() + ":" + backend.port() + " check");
    }
    lines.add("");
    return String.join("\n", lines);
  }

  /** HAProxy's own answers, each in the API's envelope with its code (web-api's ErrorCode). */
  private enum GatewayError {
    BAD_REQUEST(400, "VALIDATION_ERROR", "The request is malformed"),
    TIMEOUT(408, "VALIDATION_ERROR", "The request was not received in time"),
    TOO_LARGE(413, "PAYLOAD_TOO_LARGE", "The request is too large"),
    BAD_GATEWAY(502, "SERVICE_UNAVAILABLE", "The service is temporarily unavailable"),
    UNAVAILABLE(503, "SERVICE_UNAVAILABLE", "The service is temporarily unavailable"),
    GATEWAY_TIMEOUT(504, "SERVICE_UNAVAILABLE", "The service did not answer in time");

    final int status;
    final String code;
    final String message;

    GatewayError(int status, String code, String message) {
      this.status = status;
      this.code = code;
      this.message = message;
    }
  }

  /** The error envelope with the request's id and the time, as log-format expressions HAProxy fills in. */
  static String envelope(String code, String message) {
    return "{\"success\":false,\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message
        + "\",\"details\":[]},\"meta\":{\"requestId\":\"%[unique-id]\",\"timestamp\":\"%[date,utime(%Y-%m-%dT%H:%M:%SZ)]\","
        + "\"version\":\"v1\"}}";
  }

  /** A double-quoted HAProxy argument: backslash and double quote escaped. */
  static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private void awaitListening(Duration timeout) throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("HAProxy exited with code " + process.exitValue() + " (see its log)");
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new TimeoutException("HAProxy did not listen on " + port + " within " + timeout);
  }

  public URI baseUri() {
    return URI.create("http://localhost:" + port);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
