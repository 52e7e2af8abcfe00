package com.duskspendr.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The whole system on this machine: database and broker (external when configured, embedded otherwise),
 * one or more Payara Micro instances with the application ({@link Topology}), and with several of them a
 * gateway in front ({@link HaproxyGateway}). Closing it stops what it started, newest first.
 */
public final class DuskSpendrSystem implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(DuskSpendrSystem.class.getName());

  /** The built archives the system runs. */
  public record Artifacts(Path payaraMicroJar, Path war, Path resourceAdapterArchive) {}

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final List<PayaraMicroProcess> servers = new ArrayList<>();
  private final List<PayaraMicroProcess.Options> instanceOptions = new ArrayList<>();
  private HaproxyGateway gateway;
  private String jdbcUrl;
  private BootCommands.BrokerAddress broker;

  private DuskSpendrSystem() {}

  /**
   * Starts everything and waits until the application is ready.
   *
   * @param logFile where Payara Micro's output goes, or null for this process's console; with several
   *     instances, each writes to a file of its own beside it ({@code name-1.log}, ...) or, when null, in the
   *     data folder's {@code logs}
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
    Topology topology = Topology.configured();
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
    List<String> serverSettings = BootCommands.preBoot(
        Setting.HTTP_THREADS.intValue(), topology.grid(0).beyondLoopback(), BootCommands.Compression.configured());
    Path postBoot =
        BootCommands.write(
            dataDir.resolve("payara").resolve("post-boot-commands.asadmin"),
            BootCommands.resources(
                artifacts.resourceAdapterArchive(),
                broker,
                Setting.DB_POOL_MAX.intValue(),
                Boolean.parseBoolean(Setting.METRICS_ENABLED.value()),
                BootCommands.BatchRepository.configured(jdbcUrl)));
    Map<String, String> environment = applicationEnvironment(dataDir, topology);
    // All at once: on a shared machine the boots overlap their waits for disk and database.
    for (int i = 0; i < topology.instances(); i++) {
      String name = topology.instanceName(i);
      Path instanceDir = dataDir.resolve("payara").resolve(name);
      List<String> preBootCommands = new ArrayList<>(serverSettings);
      preBootCommands.addAll(BootCommands.transactionLog(instanceDir.resolve("tx")));
      Map<String, String> instanceEnvironment = new HashMap<>(environment);
      instanceEnvironment.put(environmentName(Setting.INSTANCE_NAME.key()), name);
      PayaraMicroProcess.Options options = new PayaraMicroProcess.Options(
          artifacts.payaraMicroJar(),
          artifacts.war(),
          BootCommands.write(instanceDir.resolve("pre-boot-commands.asadmin"), preBootCommands),
          postBoot,
          topology.instancePort(i),
          name,
          topology.grid(i),
          Setting.JVM_OPTIONS.value(),
          instanceEnvironment,
          instanceLog(logFile, dataDir, topology, i));
      instanceOptions.add(options);
      PayaraMicroProcess server = PayaraMicroProcess.start(options);
      servers.add(server);
      started.push(server);
    }
    Duration readyTimeout = Duration.ofSeconds(Setting.READY_TIMEOUT_SECONDS.intValue());
    for (PayaraMicroProcess server : servers) {
      server.awaitReady(readyTimeout);
    }
    if (topology.gateway()) {
      List<HaproxyGateway.Backend> backends = servers.stream()
          .map(server -> new HaproxyGateway.Backend(server.name(), "127.0.0.1", server.httpPort()))
          .toList();
      gateway = HaproxyGateway.start(Path.of(Setting.GATEWAY_HAPROXY.value()),
          dataDir.resolve("gateway").resolve("haproxy.cfg"), topology.gatewayPort(), backends,
          logFile == null ? null : sibling(logFile, "gateway"));
      started.push(gateway);
    }
  }

  private static Path instanceLog(Path logFile, Path dataDir, Topology topology, int index) throws IOException {
    if (topology.instances() == 1) {
      return logFile;
    }
    if (logFile == null) {
      Path logs = Files.createDirectories(dataDir.resolve("logs"));
      return logs.resolve(topology.instanceName(index) + ".log");
    }
    return sibling(logFile, String.valueOf(index + 1));
  }

  /** {@code dir/name-suffix.log} beside {@code dir/name.log}. */
  private static Path sibling(Path logFile, String suffix) {
    String file = logFile.getFileName().toString();
    int dot = file.lastIndexOf('.');
    String stem = dot < 0 ? file : file.substring(0, dot);
    String extension = dot < 0 ? "" : file.substring(dot);
    return logFile.resolveSibling(stem + "-" + suffix + extension);
  }

  /**
   * What the application reads through MicroProfile Config (environment variables map to keys: {@code
   * DUSKSPENDR_DB_URL} is {@code duskspendr.db.url}). Secrets travel in the environment, not on the
   * command line where any user could read them. Every other {@code duskspendr.*}, {@code mp.*} or {@code
   * otel.*} (MicroProfile Telemetry: {@code OTEL_SDK_DISABLED} and the like, read by Payara's SDK) system
   * property given to the launcher is passed on the same way.
   */
  private Map<String, String> applicationEnvironment(Path dataDir, Topology topology) {
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
    environment.put(environmentName(Setting.CLUSTER.key()), String.valueOf(topology.grid(0).enabled()));
    // Behind the gateway every request comes from it: the instances read the client's address from its
    // X-Forwarded-For, unless the operator has named the proxies to trust.
    String trustedProxies = "duskspendr.http.trusted-proxies";
    if (topology.gateway() && System.getProperty(trustedProxies) == null
        && System.getenv(environmentName(trustedProxies)) == null) {
      environment.put(environmentName(trustedProxies), "127.0.0.1");
    }
    return environment;
  }

  static String environmentName(String key) {
    return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  /** Where clients reach the system: the gateway when there is one, else the one instance. */
  public URI baseUri() {
    return gateway != null ? gateway.baseUri() : servers.get(0).baseUri();
  }

  /** How many instances run. */
  public int instanceCount() {
    return servers.size();
  }

  /** One instance directly, bypassing the gateway (0 is the first). */
  public URI instanceUri(int index) {
    return servers.get(index).baseUri();
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public BootCommands.BrokerAddress broker() {
    return broker;
  }

  /** Blocks while the application servers run; returns the first non-zero exit code, else 0. */
  public int awaitServerExit() throws InterruptedException {
    int exitCode = 0;
    for (PayaraMicroProcess server : servers) {
      int code = server.waitFor();
      exitCode = exitCode == 0 ? code : exitCode;
    }
    return exitCode;
  }

  /**
   * Kills the (first) application server as a crash would (what it ran is left as a dead JVM leaves it: open
   * transactions rolled back, job executions still marked as running); {@link #close()} stops the rest.
   */
  public void killServer() throws InterruptedException {
    killInstance(0);
  }

  /** Kills one instance as a crash or {@code kill -9} would; the others, and the gateway, go on. */
  public void killInstance(int index) throws InterruptedException {
    servers.get(index).kill();
  }

  /**
   * Restarts an instance without failing a request, as a rolling upgrade does: the gateway stops sending it
   * requests and waits for those it is serving, the instance stops in order, starts again with the same
   * identity, and the gateway takes it back once it is ready.
   */
  public synchronized void restartInstanceGracefully(int index) throws Exception {
    if (gateway == null) {
      throw new IllegalStateException("a graceful restart needs the gateway in front of the instances");
    }
    PayaraMicroProcess server = servers.get(index);
    // A session that outlasts the drain (a long-lived stream, say) is cut by the stop; the rest finished first.
    gateway.drain(server.name(), Duration.ofSeconds(20));
    server.close();
    restartInstance(index);
    gateway.ready(server.name());
  }

  /**
   * Starts a stopped or killed instance again as an orchestrator would: same name, ports and transaction log
   * (which it recovers first), and waits until it is ready; the gateway's checks take it back by themselves.
   */
  public synchronized void restartInstance(int index) throws Exception {
    PayaraMicroProcess previous = servers.get(index);
    if (previous.isAlive()) {
      throw new IllegalStateException("instance " + previous.name() + " is still running");
    }
    PayaraMicroProcess server = PayaraMicroProcess.start(instanceOptions.get(index));
    servers.set(index, server);
    started.remove(previous);
    started.push(server);
    server.awaitReady(Duration.ofSeconds(Setting.READY_TIMEOUT_SECONDS.intValue()));
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
