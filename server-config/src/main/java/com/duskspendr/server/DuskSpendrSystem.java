package com.duskspendr.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The whole system on this machine: database and broker (external when configured, embedded otherwise)
 * and one Payara Micro instance with the application. Closing it stops what it started, newest first.
 */
public final class DuskSpendrSystem implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(DuskSpendrSystem.class.getName());

  /** The built archives the system runs. */
  public record Artifacts(Path payaraMicroJar, Path war, Path resourceAdapterArchive) {}

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private PayaraMicroProcess server;
  private String jdbcUrl;
  private BootCommands.BrokerAddress broker;

  private DuskSpendrSystem() {}

  /**
   * Starts everything and waits until the application is ready.
   *
   * @param logFile where Payara Micro's output goes, or null for this process's console
   */
  public static DuskSpendrSystem start(Artifacts artifacts, Path logFile) throws Exception {
    DuskSpendrSystem system = new DuskSpendrSystem();
    system.startAll(artifacts, logFile);
    return system;
  }

  /** A system that has started nothing yet: register {@link #close()} as a shutdown hook, then start it. */
  public static DuskSpendrSystem create() {
    return new DuskSpendrSystem();
  }

  /** Starts everything; on failure stops what was already started and rethrows. */
  public void startAll(Artifacts artifacts, Path logFile) throws Exception {
    try {
      startComponents(artifacts, logFile);
    } catch (Exception | Error failure) {
      close();
      throw failure;
    }
  }

  private void startComponents(Artifacts artifacts, Path logFile) throws Exception {
    Path dataDir = Path.of(Setting.DATA_DIR.value()).toAbsolutePath();
    jdbcUrl = Setting.DB_URL.configured().orElse(null);
    if (jdbcUrl == null) {
      EmbeddedDatabase database =
          EmbeddedDatabase.start(dataDir.resolve("postgres"), Setting.EMBEDDED_DB_PORT.intValue());
      started.push(database);
      jdbcUrl = database.jdbcUrl();
    }
    int brokerPort = Setting.BROKER_PORT.intValue();
    String brokerHost = Setting.BROKER_HOST.configured().orElse(null);
    if (brokerHost == null) {
      started.push(EmbeddedBroker.start(dataDir.resolve("artemis"), brokerPort));
      brokerHost = "127.0.0.1";
    }
    broker =
        new BootCommands.BrokerAddress(
            brokerHost, brokerPort, Setting.BROKER_USER.value(), Setting.BROKER_PASSWORD.value());
    Path preBoot =
        BootCommands.write(
            dataDir.resolve("payara").resolve("pre-boot-commands.asadmin"),
            BootCommands.preBoot(
                Setting.HTTP_THREADS.intValue(),
                Boolean.parseBoolean(Setting.CLUSTER.value()),
                BootCommands.Compression.configured()));
    Path postBoot =
        BootCommands.write(
            dataDir.resolve("payara").resolve("post-boot-commands.asadmin"),
            BootCommands.resources(
                artifacts.resourceAdapterArchive(),
                broker,
                Setting.DB_POOL_MAX.intValue(),
                Boolean.parseBoolean(Setting.METRICS_ENABLED.value()),
                BootCommands.BatchRepository.configured(jdbcUrl)));
    server =
        PayaraMicroProcess.start(
            new PayaraMicroProcess.Options(
                artifacts.payaraMicroJar(),
                artifacts.war(),
                preBoot,
                postBoot,
                Setting.HTTP_PORT.intValue(),
                Boolean.parseBoolean(Setting.CLUSTER.value()),
                Setting.CLUSTER_START_PORT.intValue(),
                Setting.JVM_OPTIONS.value(),
                applicationEnvironment(dataDir),
                logFile));
    started.push(server);
    server.awaitReady(Duration.ofSeconds(Setting.READY_TIMEOUT_SECONDS.intValue()));
  }

  /**
   * What the application reads through MicroProfile Config (environment variables map to keys: {@code
   * DUSKSPENDR_DB_URL} is {@code duskspendr.db.url}). Secrets travel in the environment, not on the
   * command line where any user could read them. Every other {@code duskspendr.*}, {@code mp.*} or {@code
   * otel.*} (MicroProfile Telemetry: {@code OTEL_SDK_DISABLED} and the like, read by Payara's SDK) system
   * property given to the launcher is passed on the same way.
   */
  private Map<String, String> applicationEnvironment(Path dataDir) {
    Map<String, String> environment = new HashMap<>();
    System.getProperties().stringPropertyNames().stream()
        .filter(key -> key.startsWith("duskspendr.") || key.startsWith("mp.") || key.startsWith("otel."))
        .forEach(key -> environment.put(environmentName(key), System.getProperty(key)));
    environment.put(environmentName(Setting.DB_URL.key()), jdbcUrl);
    environment.put(environmentName(Setting.DB_USER.key()), Setting.DB_USER.value());
    environment.put(environmentName(Setting.DB_PASSWORD.key()), Setting.DB_PASSWORD.value());
    environment.put(environmentName(Setting.DATA_DIR.key()), dataDir.toString());
    // The application keeps state such as rate-limit buckets in the grid only when there is a cluster to share
    // them with, so it must know whether the launcher started one (the setting may come from the environment).
    environment.put(environmentName(Setting.CLUSTER.key()), Setting.CLUSTER.value());
    return environment;
  }

  static String environmentName(String key) {
    return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  public URI baseUri() {
    return server.baseUri();
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public BootCommands.BrokerAddress broker() {
    return broker;
  }

  /** Blocks while the application server runs; returns its exit code. */
  public int awaitServerExit() throws InterruptedException {
    return server.waitFor();
  }

  /**
   * Kills the application server as a crash would (what it ran is left as a dead JVM leaves it: open
   * transactions rolled back, job executions still marked as running); {@link #close()} stops the rest.
   */
  public void killServer() throws InterruptedException {
    server.kill();
  }

  /** Stops what was started, newest first. Safe to call more than once and from a shutdown hook. */
  @Override
  public synchronized void close() {
    while (!started.isEmpty()) {
      AutoCloseable component = started.pop();
      try {
        component.close();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Could not stop " + component.getClass().getSimpleName(), e);
      }
    }
  }
}
