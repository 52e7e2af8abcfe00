package com.duskspendr.server;

import com.duskspendr.platform.messaging.Destinations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Payara Micro boot command files. Pre-boot commands change the server's own configuration. Payara Micro runs post-boot commands before it deploys
 * {@code --deploy} archives, so the resource adapter is deployed by the first command and the pools and
 * destinations are created from it before the application looks them up.
 */
public final class BootCommands {

  private BootCommands() {}

  /** Broker coordinates as the resource adapter needs them. */
  public record BrokerAddress(String host, int port, String user, String password) {}

  /**
   * Server settings applied before boot. Grizzly rejects a request body on DELETE unless told otherwise,
   * and {@code DELETE /api/v1/users/me} carries the password in its body.
   *
   * <p>The request thread pool is sized, not left at Payara's 200: a request here is CPU work plus short
   * database calls, so a few threads per core keep the cores busy, and requests beyond that wait their turn
   * in the listener's queue (first come, first served) instead of 200 threads sharing the cores and
   * stretching every request (the list benchmark's p99 fell several-fold, see the README).
   */
  public static List<String> preBoot(int httpThreads, Compression compression) {
    return preBoot(httpThreads, false, compression);
  }

  /**
   * @param cluster whether instances form a data grid; when not, Payara's Hazelcast member (started even
   *     with {@code --nocluster}) listens on loopback only: a lone instance has nobody to talk to, and
   *     nothing beyond this machine may reach that port
   */
  public static List<String> preBoot(int httpThreads, boolean cluster, Compression compression) {
    return serverSettings(MICRO_HTTP_PROTOCOL, httpThreads, cluster, compression);
  }

  /** The largest request head the listener reads (see {@link #serverSettings}): 64 KiB. */
  static final int REQUEST_HEAD_CEILING_BYTES = 64 * 1024;

  /** The HTTP listener's protocol as Payara Micro names it; a full Payara Server's domain calls it {@code http-listener-1}. */
  static final String MICRO_HTTP_PROTOCOL = "http-listener";

  /**
   * The server settings of {@link #preBoot(int, boolean, Compression)} for a listener protocol of a given name:
   * the one definition that Payara Micro runs before boot and a full Payara Server runs through asadmin
   * ({@link PayaraServerScript}).
   */
  static List<String> serverSettings(String httpProtocol, int httpThreads, boolean cluster, Compression compression) {
    if (httpThreads < 2) {
      throw new IllegalArgumentException("duskspendr.http.threads must be at least 2, was " + httpThreads);
    }
    // Payara starts at min 2, max 200, and refuses a min above the max: lower the max first.
    String pool = "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.";
    String http = "set configs.config.server-config.network-config.protocols.protocol." + httpProtocol + ".http.";
    List<String> commands = new ArrayList<>(List.of(
        http + "allow-payload-for-undefined-http-methods=true",
        pool + "max-thread-pool-size=" + httpThreads,
        pool + "min-thread-pool-size=" + httpThreads));
    // Grizzly gzips an answer of these types at or above the size when the request accepts gzip, and
    // only then (Accept-Encoding); a 50-row page of 30 KB becomes a few KB for a phone on mobile data.
    commands.add(http + "compression=" + (compression.enabled() ? "on" : "off"));
    commands.add(http + "compressable-mime-type=" + String.join(",", compression.mimeTypes()));
    commands.add(http + "compression-min-size-bytes=" + compression.minBytes());
    // Grizzly answers a request head (request line and headers) over this many bytes with a bare 400 before
    // any application code runs. Its default, 8 KiB, is the application's own limit; set above it, the
    // application answers over-long request lines (414) and headers (431) itself, in its error envelope
    // (web-api RequestHeadRules). Grizzly's bare 400 remains for heads beyond this ceiling.
    commands.add(http + "header-buffer-length-bytes=" + REQUEST_HEAD_CEILING_BYTES);
    // TRACE reaches the application, which refuses it in its envelope (405, RequestHeadRules) on every path,
    // Payara's /health and /openapi included; refused here, it got an empty 405.
    commands.add(http + "trace-enabled=true");
    if (!cluster) {
      // A dotted set of the data grid's domain-level configuration: Payara Micro has no
      // set-hazelcast-configuration command before boot.
      commands.add("set hazelcast-runtime-configuration.interface=127.0.0.1");
    }
    return commands;
  }

  /**
   * Where an instance keeps its transaction log, and that it finishes what the log holds when it starts. An
   * instance killed between the phases of a commit (the outbox relay's JMS send and its local database commit,
   * or a consumer's acknowledgement and its database work) leaves the broker's part prepared, waiting for
   * this instance's transaction manager; restarted with the same log, it completes or rolls back each one, so a
   * relayed event is delivered and an unfinished delivery is redelivered. Payara Micro's default is neither: the
   * log lives in a temporary root folder that the next start does not see, and automatic recovery is off.
   */
  public static List<String> transactionLog(Path directory) {
    String service = "set configs.config.server-config.transaction-service.";
    return List.of(
        service + "tx-log-dir=" + directory.toAbsolutePath(),
        service + "automatic-recovery=true");
  }

  /**
   * Response compression: whether, for which content types, and from which size on (smaller answers gain a few
   * bytes and cost the deflater's setup; a single transaction is about 700 bytes).
   */
  public record Compression(boolean enabled, List<String> mimeTypes, int minBytes) {

    public static final List<String> JSON_TYPES = List.of("application/json", "application/problem+json");

    public Compression {
      if (minBytes < 0) {
        throw new IllegalArgumentException("duskspendr.http.compression.min-bytes must not be negative, was " + minBytes);
      }
      mimeTypes = List.copyOf(mimeTypes);
    }

    /** As the launcher settings say: {@code duskspendr.http.compression.enabled}, {@code .min-bytes}; JSON types. */
    public static Compression configured() {
      return new Compression(Boolean.parseBoolean(Setting.HTTP_COMPRESSION.value()), JSON_TYPES,
          Setting.HTTP_COMPRESSION_MIN_BYTES.intValue());
    }
  }

  public static List<String> postBoot(Path resourceAdapterArchive, BrokerAddress broker, int maxConnections) {
    return postBoot(resourceAdapterArchive, broker, maxConnections, false);
  }

  /**
   * MicroProfile Metrics is off unless asked for ({@code duskspendr.metrics.enabled}): Payara serves {@code
   * /metrics} without authentication, telling anyone how the server is doing; turned on, it belongs behind a
   * network that only the monitoring system reaches. A post-boot command because the metrics service must be
   * running for its command to work (before boot it fails).
   */
  public static List<String> postBoot(
      Path resourceAdapterArchive, BrokerAddress broker, int maxConnections, boolean metricsEnabled) {
    List<String> commands = new ArrayList<>();
    commands.add(
        "deploy --type rar --name " + Destinations.RESOURCE_ADAPTER + " " + resourceAdapterArchive.toAbsolutePath());
    commands.add(
        "create-resource-adapter-config --property "
            + resourceAdapterProperties(broker)
            + " "
            + Destinations.RESOURCE_ADAPTER);
    String pool = Destinations.CONNECTION_FACTORY + "Pool";
    commands.add(
        "create-connector-connection-pool --raname "
            + Destinations.RESOURCE_ADAPTER
            + " --connectiondefinition org.apache.activemq.artemis.ra.ActiveMQRAConnectionFactory"
            + " --transactionsupport XATransaction --steadypoolsize 1 --maxpoolsize "
            + maxConnections
            // A broken broker connection is discarded instead of handed out again.
            + " --isconnectvalidatereq=true --failconnection=true "
            + pool);
    commands.add("create-connector-resource --poolname " + pool + " " + Destinations.CONNECTION_FACTORY);
    for (Destinations.Destination destination : Destinations.ALL) {
      commands.add(adminObject(destination));
    }
    commands.add("set-metrics-configuration --enabled=" + metricsEnabled + " --dynamic=true");
    return commands;
  }

  /**
   * Every resource the application looks up, in the order they must be created: the post-boot commands
   * ({@link #postBoot(Path, BrokerAddress, int, boolean)}) and then the batch job repository. Payara Micro gets
   * them as its post-boot command file, a full Payara Server through asadmin ({@link PayaraServerScript}).
   */
  public static List<String> resources(
      Path resourceAdapterArchive, BrokerAddress broker, int maxConnections, boolean metricsEnabled,
      BatchRepository repository) {
    List<String> commands = new ArrayList<>(postBoot(resourceAdapterArchive, broker, maxConnections, metricsEnabled));
    commands.addAll(batchRepository(repository));
    return commands;
  }

  /** Where the batch job repository lives: the application's database (analytics' Flyway migration V2). */
  public record BatchRepository(String jdbcUrl, String user, String password) {

    /** On the given database with the configured credentials ({@code duskspendr.db.user}, {@code .password}). */
    public static BatchRepository configured(String jdbcUrl) {
      return new BatchRepository(jdbcUrl, Setting.DB_USER.value(), Setting.DB_PASSWORD.value());
    }
  }

  static final String BATCH_POOL = "duskspendr-batch-pool";
  static final String BATCH_DATASOURCE = "jdbc/duskspendr-batch";

  /**
   * Points the batch runtime's job repository at PostgreSQL instead of Payara's default H2 file in a temp
   * folder, so executions survive restarts and every instance sees every execution (restart, stop, the
   * "already running" check). A server-level pool of its own on the application's database: the runtime
   * needs a global JNDI name, which the application's java:app datasource is not, and its connections may
   * switch schema ({@code SET SCHEMA analytics}) without touching the application's. Its tables are created
   * by analytics' migration, not lazily (see V2__batch_job_repository.sql).
   *
   * <p>Non-transactional connections: the runtime reads and writes its repository while a chunk's JTA
   * transaction is open, and that transaction already holds the application's (non-XA) connection, so an
   * enlisted repository connection is refused ("already has 1 non-XA resource"). A checkpoint therefore
   * commits on its own; the analytics writers do not rely on it for correctness (each user's watermark is).
   */
  public static List<String> batchRepository(BatchRepository repository) {
    StringBuilder properties = new StringBuilder("url=").append(escape(repository.jdbcUrl()));
    if (!repository.user().isEmpty()) {
      properties.append(":user=").append(escape(repository.user()));
    }
    if (!repository.password().isEmpty()) {
      // read from the environment the launcher gives the server, so the secret is not written into the file
      properties.append(":password=${ENV=DUSKSPENDR_DB_PASSWORD}");
    }
    return List.of(
        "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource"
            + " --restype javax.sql.DataSource --steadypoolsize 1 --maxpoolsize 8"
            + " --isconnectvalidatereq=true --validationmethod meta-data --failconnection=true"
            + " --nontransactionalconnections=true"
            + " --property " + properties + " " + BATCH_POOL,
        "create-jdbc-resource --connectionpoolid " + BATCH_POOL + " " + BATCH_DATASOURCE,
        "set-batch-runtime-configuration --datasourcelookupname " + BATCH_DATASOURCE
            + " --schemaname analytics --tableprefix JBATCH_");
  }

  static String adminObject(Destinations.Destination destination) {
    return "create-admin-object --raname "
        + Destinations.RESOURCE_ADAPTER
        + " --restype "
        + (destination.topic() ? "jakarta.jms.Topic" : "jakarta.jms.Queue")
        + " --property Address="
        + escape(destination.address())
        + " "
        + destination.jndiName();
  }

  static String resourceAdapterProperties(BrokerAddress broker) {
    StringBuilder properties =
        new StringBuilder("ConnectorClassName=")
            .append(escape("org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory"))
            .append(":ConnectionParameters=")
            .append(escape("host=" + broker.host() + ";port=" + broker.port()));
    if (!broker.user().isEmpty()) {
      properties.append(":UserName=").append(escape(broker.user()));
      properties.append(":Password=").append(escape(broker.password()));
    }
    return properties.toString();
  }

  /** asadmin separates properties with ':' and key from value with '='; both are escaped inside values. */
  static String escape(String value) {
    return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ");
  }

  public static Path write(Path file, List<String> commands) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, commands);
    return file;
  }
}
