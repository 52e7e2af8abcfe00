package com.duskspendr.web.it;

import com.duskspendr.server.BootCommands;
import com.duskspendr.server.DuskSpendrSystem;
import com.duskspendr.server.EmbeddedBroker;
import com.duskspendr.server.EmbeddedDatabase;
import com.duskspendr.server.Setting;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * Starts, once per test JVM and only when an integration test asks, the database and the broker, and
 * (again on demand) the whole system for the black-box tests and the boot files for Arquillian's own
 * Payara Micro. {@link IntegrationSessionListener} stops it all when the test run ends.
 */
public final class IntegrationEnvironment {

  public static final String ADMIN_EMAIL = "ops@duskspendr.test";
  public static final String ADMIN_PASSWORD = "bootstrap admin passphrase";

  private static IntegrationEnvironment instance;

  private EmbeddedDatabase database;
  private final Path work;
  private final String jdbcUrl;
  private final int brokerPort;
  private EmbeddedBroker broker;
  private EmbeddedBroker clusterBroker;
  private DuskSpendrSystem system;
  private final GreenMail mail;
  private final int webhookReceiverPort;
  private final ProviderScript providerScript = new ProviderScript();
  private final LocalProviders providers;
  private final LocalApns apns;
  private final LocalOtlpReceiver otlp;
  private final MockOAuth2Server identityProvider;

  private IntegrationEnvironment() throws Exception {
    work = Path.of(System.getProperty("duskspendr.test.work", "target/it-work")).toAbsolutePath();
    deleteRecursively(work);
    Files.createDirectories(work);
    String configuredDb = System.getProperty("duskspendr.test.db.url", "");
    if (configuredDb.isBlank()) {
      database = EmbeddedDatabase.start(work.resolve("postgres"), freePort());
      jdbcUrl = database.jdbcUrl();
    } else {
      jdbcUrl = configuredDb;
    }
    brokerPort = freePort();
    broker = EmbeddedBroker.start(work.resolve("artemis"), brokerPort);
    // A real SMTP server in this JVM, on a loopback port chosen before the system starts and passed to it.
    mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    webhookReceiverPort = freePort();
    // Push and SMS providers speaking each provider's protocol, in this JVM, before the system that calls them
    providers = new LocalProviders(providerScript, freePort(), work);
    apns = new LocalApns(providerScript, freePort(), work);
    // An OpenTelemetry collector's OTLP/HTTP trace endpoint, which the system exports its spans to
    otlp = new LocalOtlpReceiver(freePort());
    otlp.configureLauncher();
    // An OpenID Connect issuer (discovery, JWKS, signed ID tokens) for the external sign-in tests
    identityProvider = new MockOAuth2Server();
    identityProvider.start(InetAddress.getByName("127.0.0.1"), freePort());
    configureLauncher();
    configureArquillian();
  }

  public static synchronized IntegrationEnvironment get() {
    if (instance == null) {
      try {
        instance = new IntegrationEnvironment();
      } catch (Exception e) {
        throw new IllegalStateException("Could not start the integration environment", e);
      }
    }
    return instance;
  }

  static synchronized void shutdown() {
    if (instance != null) {
      instance.close();
      instance = null;
    }
  }

  /** The whole system as the run command starts it, for black-box tests; started on first call. */
  public synchronized URI systemBaseUri() {
    if (system == null) {
      try {
        system =
            DuskSpendrSystem.start(artifacts(), work.resolve("payara-blackbox.log"));
      } catch (Exception e) {
        throw new IllegalStateException("The system did not start; see " + work.resolve("payara-blackbox.log"), e);
      }
    }
    return system.baseUri();
  }

  /**
   * A second instance of the whole system against the same database and broker (as a scaled-out
   * deployment runs), on ports of its own; the caller closes it.
   */
  public synchronized DuskSpendrSystem startSecondSystem() throws Exception {
    systemBaseUri();
    String httpPort = System.getProperty(Setting.HTTP_PORT.key());
    String clusterPort = System.getProperty(Setting.CLUSTER_START_PORT.key());
    System.setProperty(Setting.HTTP_PORT.key(), String.valueOf(freePort()));
    System.setProperty(Setting.CLUSTER_START_PORT.key(), String.valueOf(freePort()));
    try {
      return DuskSpendrSystem.start(artifacts(), work.resolve("payara-second.log"));
    } finally {
      System.setProperty(Setting.HTTP_PORT.key(), httpPort);
      System.setProperty(Setting.CLUSTER_START_PORT.key(), clusterPort);
    }
  }

  /**
   * Several instances of the whole system in one data grid behind the gateway, as the run command starts them
   * with {@code duskspendr.instances}: on a database and a broker of their own (so that the black-box system's
   * consumers do not compete for the cluster's messages), a grid name of their own (so that parallel runs
   * never join each other's grids) and free ports. The caller closes it; the broker goes with the environment.
   *
   * @param settings launcher or application settings of this cluster alone (on top of the tests' own)
   */
  public synchronized DuskSpendrSystem startCluster(int instances, java.util.Map<String, String> settings)
      throws Exception {
    String clusterDb = freshDatabase("duskspendr_cluster");
    int clusterBrokerPort = freePort();
    clusterBroker = EmbeddedBroker.start(work.resolve("cluster-artemis"), clusterBrokerPort);
    java.util.Map<String, String> overrides = new java.util.HashMap<>(settings);
    overrides.putAll(java.util.Map.of(
        Setting.DB_URL.key(), clusterDb,
        Setting.BROKER_PORT.key(), String.valueOf(clusterBrokerPort),
        Setting.HTTP_PORT.key(), String.valueOf(freePorts(instances + 1)),
        Setting.CLUSTER_START_PORT.key(), String.valueOf(freePorts(instances)),
        Setting.CLUSTER_NAME.key(), "it-" + java.util.UUID.randomUUID().toString().substring(0, 8),
        Setting.INSTANCES.key(), String.valueOf(instances),
        Setting.DATA_DIR.key(), work.resolve("cluster-data").toString()));
    java.util.Map<String, String> saved = new java.util.HashMap<>();
    overrides.forEach((key, value) -> {
      String previous = System.getProperty(key);
      saved.put(key, previous);
      System.setProperty(key, value);
    });
    try {
      return DuskSpendrSystem.start(artifacts(), work.resolve("payara-cluster.log"));
    } finally {
      saved.forEach((key, previous) -> {
        if (previous == null) {
          System.clearProperty(key);
        } else {
          System.setProperty(key, previous);
        }
      });
    }
  }

  /** An empty database of the given name on the tests' PostgreSQL server (dropped first if a run left one). */
  private String freshDatabase(String name) throws java.sql.SQLException {
    try (java.sql.Connection connection = java.sql.DriverManager.getConnection(jdbcUrl, Setting.DB_USER.value(), Setting.DB_PASSWORD.value());
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
    }
    return jdbcUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
  }

  /** The first of {@code count} consecutive free ports. */
  static int freePorts(int count) throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int first = freePort();
      if (first + count > 65535) {
        continue;
      }
      boolean allFree = true;
      for (int port = first + 1; port < first + count && allFree; port++) {
        try (ServerSocket probe = new ServerSocket(port)) {
          probe.setReuseAddress(true);
        } catch (IOException taken) {
          allFree = false;
        }
      }
      if (allFree) {
        return first;
      }
    }
    throw new IOException("no " + count + " consecutive free ports found");
  }

  /** The SMTP server the system sends its mail to; tests read what it received. */
  public GreenMail mail() {
    return mail;
  }

  /** What the local push and SMS providers received, and how they are told to answer. */
  public ProviderScript providerRequests() {
    return providerScript;
  }

  public LocalProviders providers() {
    return providers;
  }

  public LocalApns apns() {
    return apns;
  }

  /** The loopback port the tests' webhook receiver listens on, the one private origin the system may call. */
  public int webhookReceiverPort() {
    return webhookReceiverPort;
  }

  private String webhookReceiverOrigin() {
    return "http://127.0.0.1:" + webhookReceiverPort;
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** Where a test client reaches the broker the system uses (core protocol, loopback). */
  public String brokerUrl() {
    return "tcp://127.0.0.1:" + brokerPort;
  }


  /** Stops the broker, as an outage would. */
  public synchronized void stopBroker() throws Exception {
    broker.close();
  }

  /** Starts the broker again on the same port with the same journal. */
  public synchronized void restartBroker() throws Exception {
    broker = EmbeddedBroker.start(work.resolve("artemis"), brokerPort);
  }

  /** The launcher reads its settings from system properties: point it at this environment. */
  private void configureLauncher() throws IOException {
    System.setProperty(Setting.DB_URL.key(), jdbcUrl);
    System.setProperty(Setting.BROKER_HOST.key(), "127.0.0.1");
    System.setProperty(Setting.BROKER_PORT.key(), String.valueOf(brokerPort));
    System.setProperty(Setting.HTTP_PORT.key(), String.valueOf(freePort()));
    System.setProperty(Setting.DATA_DIR.key(), work.resolve("blackbox-data").toString());
    System.setProperty(Setting.CLUSTER_START_PORT.key(), String.valueOf(freePort()));
    System.setProperty(Setting.JVM_OPTIONS.key(), "-Xms256m -Xmx768m");
    // The black-box system is one instance reached directly (ClusterIT tests the gateway in front of three)
    System.setProperty(Setting.GATEWAY_ENABLED.key(), "false");
    // A machine shared with other builds can take minutes to boot an instance; a failed wait fails the suite.
    System.setProperty(Setting.READY_TIMEOUT_SECONDS.key(), "600");
    // passed on to the application, which bootstraps this admin account at start-up
    System.setProperty("duskspendr.admin.email", ADMIN_EMAIL);
    System.setProperty("duskspendr.admin.password", ADMIN_PASSWORD);
    // Every test client is 127.0.0.1 to the system: per-address budgets generous enough for the whole suite,
    // the expensive one still small enough for RateLimitApiIT to spend, speaking for other addresses through
    // X-Forwarded-For (127.0.0.1 is the trusted proxy). Per-user budgets keep their documented defaults.
    System.setProperty("duskspendr.http.trusted-proxies", "127.0.0.1");
    System.setProperty("duskspendr.http.cors.allowed-origins", BROWSER_ORIGIN);
    System.setProperty("duskspendr.ratelimit.auth.per-address", "1000000/PT1M");
    System.setProperty("duskspendr.ratelimit.read.per-address", ADDRESS_READ_QUOTA + "/PT1M");
    System.setProperty("duskspendr.ratelimit.write.per-address", "1000000/PT1M");
    System.setProperty("duskspendr.ratelimit.expensive.per-address", ADDRESS_EXPENSIVE_QUOTA + "/PT1M");
    // The console's live figures over the whole run (one-minute slots), so that a count a test reads can only
    // grow while it waits: in a 5-minute window the earlier tests' requests drop out meanwhile.
    System.setProperty("duskspendr.admin.figures.window", "PT6H");
    System.setProperty("duskspendr.admin.figures.slot", "PT1M");
    // low enough that a test reaches the per-account delay from the two loopback addresses it has
    System.setProperty("duskspendr.auth.max-failures-per-account", String.valueOf(ACCOUNT_DELAY_AFTER));
    // The weekly digest: no timer here (it would mail every test's users), and due from today 00:00 UTC
    // (the users' default zone), so NotificationsApiIT can run it through the admin API for its own users.
    System.setProperty("duskspendr.notifications.digest.enabled", "false");
    System.setProperty("duskspendr.notifications.digest.day-of-week",
        LocalDate.now(ZoneOffset.UTC).getDayOfWeek().name());
    System.setProperty("duskspendr.notifications.digest.local-time", "00:00");
    System.setProperty("duskspendr.mail.smtp.host", "127.0.0.1");
    System.setProperty("duskspendr.mail.smtp.port", String.valueOf(mail.getSmtp().getPort()));
    System.setProperty("duskspendr.mail.smtp.starttls", "false");
    System.setProperty("duskspendr.mail.from", "DuskSpendr <alerts@duskspendr.test>");
    // The tests' webhook receiver listens on loopback, over http: that one origin is allowed, every other
    // private or metadata address is refused as by default (WebhooksApiIT tests it).
    System.setProperty("duskspendr.webhooks.allow-private-targets", "false");
    // and so is the local Web Push service's, where the tests' browsers' subscriptions point
    System.setProperty("duskspendr.webhooks.allowed-private-origins",
        webhookReceiverOrigin() + "," + providers.origin());
    System.setProperty("duskspendr.push.webpush.subject", "mailto:ops@duskspendr.test");
    System.setProperty("duskspendr.push.fcm.service-account-file", providers.serviceAccountFile().toString());
    System.setProperty("duskspendr.push.fcm.base-url", providers.origin());
    System.setProperty("duskspendr.push.apns.base-url", apns.baseUrl());
    System.setProperty("duskspendr.push.apns.key-file", apns.keyFile().toString());
    System.setProperty("duskspendr.push.apns.key-id", LocalApns.KEY_ID);
    System.setProperty("duskspendr.push.apns.team-id", LocalApns.TEAM_ID);
    System.setProperty("duskspendr.push.apns.topic", LocalApns.TOPIC);
    System.setProperty("duskspendr.push.apns.trusted-certificate", apns.certificate().toString());
    System.setProperty("duskspendr.sms.twilio.base-url", providers.origin());
    System.setProperty("duskspendr.sms.twilio.account-sid", LocalProviders.TWILIO_SID);
    System.setProperty("duskspendr.sms.twilio.auth-token", LocalProviders.TWILIO_TOKEN);
    System.setProperty("duskspendr.sms.twilio.from", LocalProviders.TWILIO_FROM);
    // a provider that stalls is given up on within seconds (and retried), not the default ten; long enough
    // for the first TLS handshake with the local APNs on a loaded machine
    System.setProperty("duskspendr.push.timeout-millis", "5000");
    System.setProperty("duskspendr.sms.timeout-millis", "5000");
    // retries within seconds, so that a target failing three times is tested in seconds, not minutes
    System.setProperty("duskspendr.notifications.retry.initial", "PT1S");
    System.setProperty("duskspendr.notifications.retry.max", "PT4S");
    System.setProperty("duskspendr.oidc.providers", OIDC_PROVIDER);
    System.setProperty("duskspendr.oidc." + OIDC_PROVIDER + ".issuer", oidcIssuer());
    System.setProperty("duskspendr.oidc." + OIDC_PROVIDER + ".client-id", OIDC_CLIENT_ID);
    System.setProperty("duskspendr.oidc." + OIDC_PROVIDER + ".display-name", "Local ID");
    // the first discovery meets a cold issuer in this JVM on a loaded machine: more than the default 5 s
    System.setProperty("duskspendr.oidc.timeout-millis", "30000");
  }

  /** The name the tests' system knows the local OpenID Connect issuer by, and the client id it is ours with. */
  public static final String OIDC_PROVIDER = "local";
  public static final String OIDC_CLIENT_ID = "duskspendr-app";
  /** The mock server's issuer id: the last path segment of the issuer URL. */
  public static final String OIDC_ISSUER_ID = "local-issuer";

  public LocalOtlpReceiver otlpReceiver() {
    return otlp;
  }

  public MockOAuth2Server identityProvider() {
    return identityProvider;
  }

  public String oidcIssuer() {
    return identityProvider.issuerUrl(OIDC_ISSUER_ID).toString();
  }


  /** The one web origin the tests' system lets browsers call it from. */
  public static final String BROWSER_ORIGIN = "https://app.duskspendr.test";

  /** Expensive requests per minute per client address in the tests' system (the default is 60). */
  public static final int ADDRESS_EXPENSIVE_QUOTA = 300;

  /** Reads per minute per client address in the tests' system (the default is 12,000). */
  public static final int ADDRESS_READ_QUOTA = 1000000;

  /** Failed logins per account after which each further attempt waits (the system's default is 20). */
  public static final int ACCOUNT_DELAY_AFTER = 8;

  /** arquillian.xml reads these properties for its own Payara Micro instance. */
  private void configureArquillian() throws IOException {
    Path postBoot =
        BootCommands.write(
            work.resolve("arquillian-post-boot.asadmin"),
            BootCommands.postBoot(
                artifact("duskspendr.artemis.rar"),
                new BootCommands.BrokerAddress("127.0.0.1", brokerPort, "", ""),
                8));
    System.setProperty(
        "duskspendr.it.arquillian.cmdOptions",
        String.join(
            " ",
            "-Xmx768m",
            "-Dduskspendr.db.url=" + jdbcUrl,
            "-Dduskspendr.data.dir=" + work.resolve("arquillian-data"),
            "-Dduskspendr.mail.smtp.host=127.0.0.1",
            "-Dduskspendr.mail.smtp.port=" + mail.getSmtp().getPort(),
            "-Dduskspendr.mail.smtp.starttls=false"));
    Path preBoot = BootCommands.write(
        work.resolve("arquillian-pre-boot.asadmin"), BootCommands.preBoot(Setting.HTTP_THREADS.intValue(),
            BootCommands.Compression.configured()));
    System.setProperty(
        "duskspendr.it.arquillian.microOptions",
        "--prebootcommandfile " + preBoot + " --postbootcommandfile " + postBoot + " --startport " + freePort() + " --nocluster");
  }

  /** The built archives the system runs, as Maven's failsafe configuration names them. */
  private static DuskSpendrSystem.Artifacts artifacts() {
    return new DuskSpendrSystem.Artifacts(
        artifact("duskspendr.payara.jar"), artifact("duskspendr.war"), artifact("duskspendr.artemis.rar"));
  }

  private static Path artifact(String property) {
    String path = System.getProperty(property);
    if (path == null || !Files.isRegularFile(Path.of(path))) {
      throw new IllegalStateException(property + " must name a built file (run through Maven: mvn verify)");
    }
    return Path.of(path);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Stops what was started, the server before the services it uses. */
  private void close() {
    for (AutoCloseable component : new AutoCloseable[] {system, clusterBroker, broker, database, mail::stop, providers, apns, otlp, identityProvider::shutdown}) {
      if (component != null) {
        try {
          component.close();
        } catch (Exception e) {
          System.err.println("Could not stop " + component.getClass().getSimpleName() + ": " + e);
        }
      }
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
