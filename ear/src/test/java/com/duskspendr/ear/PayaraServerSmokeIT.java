package com.duskspendr.ear;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.messaging.Destinations;
import com.duskspendr.server.BootCommands;
import com.duskspendr.server.EmbeddedBroker;
import com.duskspendr.server.EmbeddedDatabase;
import com.duskspendr.server.PayaraMicroProcess;
import com.duskspendr.server.PayaraServerScript;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR on a full Payara Server, set up as the README tells an operator to: a fresh domain on ports of its
 * own, the PostgreSQL driver in its lib/, the resources from {@link PayaraServerScript} (the same definitions
 * Payara Micro gets), the EAR deployed; then a client registers, logs in, creates and lists a transaction and
 * sees it categorized through the broker. The database and broker are the launcher's embedded ones, as the
 * web-api integration tests use them. The domain is stopped at the end, also when a step failed.
 */
class PayaraServerSmokeIT {

  private static final String DOMAIN = "duskspendr-smoke";
  /** The offsets from the port base of every port a domain opens (see create-domain's output). */
  private static final int[] DOMAIN_PORT_OFFSETS = {9, 37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86};
  private static final int ADMIN_OFFSET = 48;
  private static final int HTTP_OFFSET = 80;
  /** Generous waits for a machine that several builds share; not checks of speed. */
  private static final Duration READY_PATIENCE = Duration.ofMinutes(10);
  private static final Duration CATEGORIZATION_PATIENCE = Duration.ofMinutes(3);
  private static final String PASSWORD = "a long passphrase 2026";

  private static Path work;
  private static EmbeddedDatabase database;
  private static EmbeddedBroker broker;
  private static Asadmin asadmin;
  private static URI baseUri;

  @BeforeAll
  static void deployTheEarOnAFreshDomain() throws Exception {
    long started = System.nanoTime();
    work = Path.of(System.getProperty("duskspendr.test.work", "target/smoke-work")).toAbsolutePath();
    Path payaraHome = existing("duskspendr.payara.home");
    int portBase = Integer.getInteger("duskspendr.ear.smoke.portbase", 28100);
    // A domain left running by an interrupted earlier run holds the ports: stop it before anything else.
    new Asadmin(payaraHome, work.resolve("domains"), DOMAIN, portBase + ADMIN_OFFSET, Map.of()).stopQuietly();
    if (Files.exists(work)) {
      PathUtils.deleteDirectory(work);
    }
    Files.createDirectories(work);
    requireFreePorts(portBase);

    database = EmbeddedDatabase.start(work.resolve("postgres"), freePort());
    int brokerPort = freePort();
    broker = EmbeddedBroker.start(work.resolve("artemis"), brokerPort);
    asadmin = new Asadmin(payaraHome, work.resolve("domains"), DOMAIN, portBase + ADMIN_OFFSET, Map.of(
        // the application's settings, read by MicroProfile Config from the domain's environment
        "DUSKSPENDR_DB_URL", database.jdbcUrl(),
        "DUSKSPENDR_DB_USER", "postgres",
        // also the batch repository pool's password (${ENV=DUSKSPENDR_DB_PASSWORD} in the rendered script)
        "DUSKSPENDR_DB_PASSWORD", "postgres",
        "DUSKSPENDR_DATA_DIR", work.resolve("app-data").toString()));
    baseUri = URI.create("http://localhost:" + (portBase + HTTP_OFFSET));

    step("create-domain", () -> asadmin.createDomain(portBase));
    // The batch repository's server-level pool loads the driver from the domain's class path (Payara Micro
    // gets the same jar with --addlibs).
    Files.copy(existing("duskspendr.postgresql.jar"), asadmin.domainRoot().resolve("lib").resolve("postgresql.jar"),
        StandardCopyOption.REPLACE_EXISTING);
    step("start-domain", asadmin::startDomain);
    List<String> commands = new ArrayList<>(PayaraServerScript.commands(
        existing("duskspendr.artemis.rar"), database.jdbcUrl(),
        new BootCommands.BrokerAddress("127.0.0.1", brokerPort, "", "")));
    // The heap the web-api tests give Payara Micro, instead of the domain's 512 MB (this test's choice; an
    // operator sizes the heap for the machine).
    commands.add(0, "delete-jvm-options -Xmx512m");
    commands.add(1, "create-jvm-options -Xmx768m");
    Path script = BootCommands.write(work.resolve("payara-server-resources.asadmin"), commands);
    step("resources (" + script + ")", () -> asadmin.multimode(script));
    // JVM options take effect at the next start
    step("restart for the JVM options", () -> {
      asadmin.stopDomain();
      asadmin.startDomain();
    });
    step("deploy", () -> asadmin.remote("deploy", "--name", "duskspendr", existing("duskspendr.ear").toString()));
    step("/health/ready UP", PayaraServerSmokeIT::awaitReady);
    System.out.println("[smoke] domain created, configured and the EAR ready in "
        + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
  }

  @AfterAll
  static void stopEverything() throws Exception {
    if (asadmin != null) {
      asadmin.stopQuietly();
    }
    if (broker != null) {
      broker.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void aClientRegistersLogsInAndSeesItsTransactionCategorized() throws InterruptedException {
    String email = "smoke-" + UUID.randomUUID() + "@example.com";
    // JSON written out: REST Assured would need a JSON-B or Jackson implementation only to write these bodies
    String credentials = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
    api().body(credentials).post("/api/v1/auth/register").then().statusCode(202);
    String token = api().body(credentials).post("/api/v1/auth/login")
        .then().statusCode(200).extract().path("data.accessToken");

    // A known brand: the merchant dictionary files it whatever the model says
    String id = authorized(token)
        .body("{\"amount\":\"-4.85\",\"date\":\"" + LocalDate.now().minusDays(1)
            + "\",\"merchantName\":\"POS 4417 STARBUCKS #1234 SEATTLE WA\"}")
        .post("/api/v1/transactions")
        .then().statusCode(201)
        .body("data.categorization.status", equalTo("pending"))
        .body("data.categoryId", nullValue())
        .extract().path("data.id");
    authorized(token).get("/api/v1/transactions").then().statusCode(200).body("data.id", hasItem(id));

    JsonPath filed = awaitFiled(token, id);
    assertEquals("categorized", filed.getString("data.categorization.status"), filed.prettify());
    assertTrue(filed.getString("data.categoryId").startsWith("food_and_drink"), filed.prettify());
  }

  /**
   * Each message-driven bean is deployed once: the bulk categorization consumer opens exactly its two
   * sessions ({@code maxSession} 2) on its queue, where a second copy of the bean would open two more.
   */
  @Test
  void eachMessageDrivenBeanConsumesOnce() throws Exception {
    List<EmbeddedBroker.QueueState> bulk = awaitConsumers(Destinations.BULK_CATEGORIZATION_QUEUE_ADDRESS, 2);
    assertEquals(2, bulk.stream().mapToInt(EmbeddedBroker.QueueState::consumers).sum(), bulk.toString());
    // The inbox stream's non-durable subscription: one per deployment of InboxStreamConsumer (maxSession 1)
    List<EmbeddedBroker.QueueState> nonDurable = broker.queuesOf(Destinations.DOMAIN_EVENTS_TOPIC_ADDRESS).stream()
        .filter(queue -> !queue.durable()).toList();
    assertEquals(1, nonDurable.size(), nonDurable.toString());
  }

  /** The EAR's class loading puts the application's own Nimbus JOSE first, as the WAR's does on Payara Micro. */
  @Test
  void theApplicationRunsWithItsOwnNimbusJose() throws IOException {
    String origins = Files.readAllLines(asadmin.serverLog()).stream()
        .filter(line -> line.contains("Nimbus JOSE+JWT ")).findFirst()
        .orElseThrow(() -> new AssertionError("no LibraryOrigins line in " + asadmin.serverLog()));
    assertTrue(origins.contains("nimbus-jose-jwt-10.10.jar"), origins);
  }

  private static RequestSpecification api() {
    return given().baseUri(baseUri.toString()).contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  private static RequestSpecification authorized(String token) {
    return api().header("Authorization", "Bearer " + token);
  }

  private static JsonPath awaitFiled(String token, String id) throws InterruptedException {
    long deadline = System.nanoTime() + CATEGORIZATION_PATIENCE.toNanos();
    JsonPath last;
    do {
      last = authorized(token).get("/api/v1/transactions/" + id).then().statusCode(200).extract().jsonPath();
      if (!"pending".equals(last.getString("data.categorization.status"))) {
        return last;
      }
      Thread.sleep(250);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("not categorized within " + CATEGORIZATION_PATIENCE + ": " + last.prettify()
        + "\n--- server log ---\n" + asadmin.serverLogTail(60));
  }

  private static List<EmbeddedBroker.QueueState> awaitConsumers(String address, int atLeast) throws Exception {
    long deadline = System.nanoTime() + CATEGORIZATION_PATIENCE.toNanos();
    List<EmbeddedBroker.QueueState> queues;
    do {
      queues = broker.queuesOf(address);
      if (queues.stream().mapToInt(EmbeddedBroker.QueueState::consumers).sum() >= atLeast) {
        return queues;
      }
      Thread.sleep(250);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("fewer than " + atLeast + " consumers on " + address + ": " + queues);
  }

  /** Readiness as the launcher judges it: 200 with the application's checks in it, not Payara's empty UP. */
  private static void awaitReady() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready = HttpRequest.newBuilder(baseUri.resolve("/health/ready")).timeout(Duration.ofSeconds(10)).build();
    long deadline = System.nanoTime() + READY_PATIENCE.toNanos();
    String last = "(no answer)";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> answer = client.send(ready, HttpResponse.BodyHandlers.ofString());
        last = answer.statusCode() + " " + answer.body();
        if (answer.statusCode() == 200 && PayaraMicroProcess.hasChecks(answer.body())) {
          return;
        }
      } catch (IOException notListening) {
        last = notListening.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(Duration.ofMillis(500));
    }
    throw asadmin.failure("/health/ready not UP within " + READY_PATIENCE, "last answer: " + last);
  }

  /** Runs one step of the set-up and says how long it took, so the README's duration can be checked. */
  private static void step(String name, Runnable action) {
    long started = System.nanoTime();
    action.run();
    System.out.println("[smoke] " + name + ": " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
  }

  private static void requireFreePorts(int portBase) {
    for (int offset : DOMAIN_PORT_OFFSETS) {
      int port = portBase + offset;
      try (ServerSocket probe = new ServerSocket(port)) {
        probe.setReuseAddress(true);
      } catch (IOException inUse) {
        throw new AssertionError("Port " + port + " (port base " + portBase + " + " + offset + ") is in use; choose"
            + " another base with -Dduskspendr.ear.smoke.portbase=...");
      }
    }
  }

  private static Path existing(String property) {
    String value = System.getProperty(property);
    if (value == null || !Files.exists(Path.of(value))) {
      throw new IllegalStateException(property + " must name a built file or folder (run through Maven: mvn verify)");
    }
    return Path.of(value);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
