package com.duskspendr.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
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

  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(HaproxyGateway.class.getName());

  /** One instance behind the gateway. */
  public record Backend(String name, String host, int port) {}

  private final Process process;
  private final int port;
  private final Path adminSocket;

  private HaproxyGateway(Process process, int port, Path adminSocket) {
    this.process = process;
    this.port = port;
    this.adminSocket = adminSocket;
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
    Path adminSocket = configFile.resolveSibling("admin.sock");
    Files.deleteIfExists(adminSocket);
    Files.writeString(configFile, configuration(port, backends, adminSocket));
    ProcessBuilder builder =
        new ProcessBuilder(executable.toString(), "-db", "-f", configFile.toString()).redirectErrorStream(true);
    if (logFile == null) {
      builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
    } else {
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    }
    HaproxyGateway gateway = new HaproxyGateway(builder.start(), port, adminSocket);
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
  static String configuration(int port, List<Backend> backends, Path adminSocket) {
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
        // the launcher's line to the running gateway (drain), reachable by this user alone
        "  stats socket " + adminSocket.toAbsolutePath() + " mode 600 level admin",
        // a soft stop (close) waits for requests in flight, not for idle keep-alive clients
        "  hard-stop-after 10s",
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
        // A cleartext HTTP/2 upgrade (h2c, which Java's HttpClient and others try first) answered by an instance
        // turns the connection into a tunnel to that instance: past the balancing and the drain, for an hour.
        "  http-request del-header Upgrade if { req.hdr(Upgrade) -m sub -i h2c }",
        "  http-request del-header HTTP2-Settings",
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

  /**
   * Sends no new request to the instance and waits until the ones it is serving have been answered (HAProxy's
   * {@code drain} state and its count of the server's current sessions), so that it can then stop without
   * failing anybody's request; {@link #ready} takes it back.
   *
   * @return whether it was drained in time; if not, what HAProxy still counts is logged with its sessions
   */
  public boolean drain(String instance, Duration timeout) throws IOException, InterruptedException {
    command("set server instances/" + instance + " state drain");
    long deadline = System.nanoTime() + timeout.toNanos();
    int current;
    while ((current = currentSessions(instance)) > 0) {
      if (System.nanoTime() > deadline) {
        LOG.warning(instance + " still had " + current + " session(s) after " + timeout
            + " of draining; the gateway's sessions:\n" + command("show sess"));
        return false;
      }
      Thread.sleep(100);
    }
    return true;
  }

  /** Lets the instance take requests again once its health checks pass. */
  public void ready(String instance) throws IOException {
    command("set server instances/" + instance + " state ready");
  }

  /** The server's current sessions: field {@code scur} of {@code show stat}'s CSV. */
  int currentSessions(String instance) throws IOException {
    for (String line : command("show stat").split("\n")) {
      String[] fields = line.split(",", -1);
      if (fields.length > 4 && fields[0].equals("instances") && fields[1].equals(instance)) {
        return Integer.parseInt(fields[4]);
      }
    }
    throw new IllegalArgumentException("the gateway has no instance " + instance);
  }

  /** One command on the admin socket (it answers and closes the connection). */
  private String command(String command) throws IOException {
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(adminSocket));
      channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      ByteBuffer buffer = ByteBuffer.allocate(8192);
      while (channel.read(buffer) >= 0) {
        answer.write(buffer.array(), 0, buffer.position());
        buffer.clear();
      }
      return answer.toString(StandardCharsets.US_ASCII);
    }
  }

  /**
   * A soft stop (SIGUSR1): HAProxy stops listening, lets the requests it is passing on finish, then exits; so
   * that stopping the whole system answers what is in flight before the instances stop behind it.
   */
  @Override
  public void close() throws InterruptedException {
    try {
      new ProcessBuilder("kill", "-USR1", String.valueOf(process.pid())).start().waitFor();
    } catch (IOException noKill) {
      process.destroy();
    }
    if (process.waitFor(15, TimeUnit.SECONDS)) {
      return;
    }
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
