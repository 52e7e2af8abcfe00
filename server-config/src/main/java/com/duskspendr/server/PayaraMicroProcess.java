package com.duskspendr.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Payara Micro in a child JVM with the application WAR. A separate process keeps the server's class
 * loading apart from the launcher's (embedded broker and database) and behaves like production.
 */
public final class PayaraMicroProcess implements AutoCloseable {

  /**
   * The data grid an instance joins: none ({@code --nocluster}), or the named grid of the listed members
   * (Hazelcast's TCP/IP join, {@code host:port} each), this instance's own member listening on its port.
   */
  public record Grid(boolean enabled, String name, int port, List<String> members) {

    public Grid {
      members = List.copyOf(members);
    }

    public static Grid none(int port) {
      return new Grid(false, "", port, List.of());
    }

    /** Whether every member is on this machine's loopback, so the grid need not listen beyond it. */
    public boolean loopbackOnly() {
      return members.stream().allMatch(member -> member.startsWith("127.") || member.startsWith("localhost:"));
    }

    /** Whether this instance's grid member must be reachable from other machines. */
    boolean beyondLoopback() {
      return enabled && !loopbackOnly();
    }
  }

  /** Everything needed to start one instance. */
  public record Options(
      Path payaraMicroJar,
      Path war,
      Path preBootCommands,
      Path postBootCommands,
      int httpPort,
      String instanceName,
      Grid grid,
      String jvmOptions,
      Map<String, String> environment,
      Path logFile) {}

  private final Process process;
  private final int httpPort;
  private final String name;

  static Path postgresDriverJar() {
    try {
      return Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the PostgreSQL driver jar", e);
    }
  }

  /**
   * System properties of the server's JVM: on Payara Micro's command line, and a full Payara Server's JVM
   * options ({@link PayaraServerScript}).
   */
  static List<String> serverSystemProperties(boolean cluster) {
    List<String> properties = new ArrayList<>();
    // Until the application has deployed and registered its checks, readiness should say DOWN, not UP
    // (MicroProfile Health 4; awaitReady does not rely on it, see there).
    properties.add("-Dmp.health.default.readiness.empty.response=DOWN");
    // Name the JSON-P provider: without it every Json.createReader (MP-JWT parses each bearer token's JSON
    // that way) searches the service loader and OSGi registry for one, about 3% of a request's CPU.
    properties.add("-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl");
    // Payara names itself in every answer's Server header unless its product name is blank.
    properties.add("-Dproduct.name=");
    if (!cluster) {
      // With the pre-boot command's interface (BootCommands.preBoot), Hazelcast binds to it alone rather
      // than to every interface.
      properties.add("-Dhazelcast.socket.bind.any=false");
    }
    return properties;
  }

  private PayaraMicroProcess(Process process, int httpPort, String name) {
    this.process = process;
    this.httpPort = httpPort;
    this.name = name;
  }

  public static PayaraMicroProcess start(Options options) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(options.jvmOptions().trim().split("\\s+")));
    command.addAll(serverSystemProperties(options.grid().beyondLoopback()));
    command.add("-jar");
    command.add(options.payaraMicroJar().toAbsolutePath().toString());
    Grid grid = options.grid();
    if (grid.enabled()) {
      command.addAll(List.of("--clustername", grid.name()));
      command.addAll(List.of("--clustermode", "tcpip:" + String.join(",", grid.members())));
    } else {
      command.add("--nocluster");
    }
    command.addAll(List.of("--startport", String.valueOf(grid.port())));
    command.addAll(List.of("--name", options.instanceName()));
    command.addAll(List.of("--port", String.valueOf(options.httpPort())));
    command.addAll(List.of("--prebootcommandfile", options.preBootCommands().toAbsolutePath().toString()));
    command.addAll(List.of("--postbootcommandfile", options.postBootCommands().toAbsolutePath().toString()));
    command.addAll(List.of("--contextroot", "/"));
    // The batch job repository's server-level pool (BootCommands.batchRepository) loads the driver from
    // the server's class path, not from the application's WEB-INF/lib.
    command.addAll(List.of("--addlibs", postgresDriverJar().toString()));
    command.addAll(List.of("--deploy", options.war().toAbsolutePath().toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(options.environment());
    if (options.logFile() == null) {
      builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
    } else {
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(options.logFile().toFile()));
    }
    return new PayaraMicroProcess(builder.start(), options.httpPort(), options.instanceName());
  }

  public URI baseUri() {
    return URI.create("http://localhost:" + httpPort);
  }

  public int httpPort() {
    return httpPort;
  }

  /** The instance's name (Payara's {@code --name}, and the application's {@code duskspendr.instance.name}). */
  public String name() {
    return name;
  }

  /**
   * Blocks until {@code /health/ready} answers 200 with the application's checks in it, the process dies,
   * or the timeout passes. Payara's health endpoint answers UP with no checks while the application is
   * still deploying, so an empty check list does not count as ready.
   */
  public void awaitReady(Duration timeout) throws InterruptedException, TimeoutException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(baseUri().resolve("/health/ready")).timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited with code " + process.exitValue());
      }
      try {
        HttpResponse<String> answer = client.send(ready, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && hasChecks(answer.body())) {
          return;
        }
      } catch (IOException notYetListening) {
        // still booting
      }
      Thread.sleep(500);
    }
    throw new TimeoutException("Payara Micro was not ready within " + timeout);
  }

  /** Whether a health answer lists the application's checks; also how the EAR's smoke test judges a full server. */
  public static boolean hasChecks(String healthJson) {
    return healthJson.contains("\"checks\"") && !NO_CHECKS.matcher(healthJson).find();
  }

  private static final Pattern NO_CHECKS =
      Pattern.compile("\"checks\"\\s*:\\s*\\[\\s*]");

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the server as a crash or {@code kill -9} would: no shutdown hook, no orderly undeploy. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
