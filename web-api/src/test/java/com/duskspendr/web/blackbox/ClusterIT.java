package com.duskspendr.web.blackbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.server.DuskSpendrSystem;
import com.duskspendr.web.it.IntegrationEnvironment;
import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Three instances in one data grid behind the gateway, as {@code duskspendr.instances=3} starts them: one
 * budget however the requests spread, consumers on every instance sharing the work, a notification reaching
 * an app connected to another instance than the one that took the write, a rolling restart that fails no
 * request, and one instance killed
 * under a steady load of writes without losing a committed write or its event while the others go on, the
 * killed one restarted as an orchestrator would.
 */
@ExtendWith(WithIntegrationEnvironment.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final int INSTANCES = 3;
  private static final Duration PATIENCE = Duration.ofSeconds(180);
  private static final String PATH = "/api/v1/transactions";
  private static final Map<String, Object> ONE_LINE =
      Map.of("items", List.of(Map.of("merchantName", "Corner shop", "amount", "-3.20")));

  private static DuskSpendrSystem cluster;

  @BeforeAll
  static void startCluster() throws Exception {
    // An expensive budget that hardly refills during the test (20 an hour, one every three minutes), so that
    // what one instance spent shows on the others' answers exactly.
    cluster = IntegrationEnvironment.get().startCluster(INSTANCES,
        Map.of("duskspendr.ratelimit.expensive.per-user", "20/PT1H"));
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static RequestSpecification at(URI base) {
    return given().baseUri(base.toString()).contentType(ContentType.JSON);
  }

  private static RequestSpecification gateway() {
    return at(cluster.baseUri());
  }

  private static String signedInUser() {
    String email = ApiClient.newEmail();
    gateway().body(Map.of("email", email, "password", ApiClient.PASSWORD)).post("/api/v1/auth/register")
        .then().statusCode(202);
    return login(email, ApiClient.PASSWORD);
  }

  private static String login(String email, String password) {
    return gateway().body(Map.of("email", email, "password", password)).post("/api/v1/auth/login")
        .then().statusCode(200).extract().path("data.accessToken");
  }

  @Test
  @Order(1)
  void theGatewayAnswersInTheEnvelopeWhatPayaraWouldRefuseBare() throws IOException {
    gateway().get("/health/ready").then().statusCode(200);
    for (String path : List.of("/api/v1/transactions/%00", "/api/v1/users/me%5C..", "/api/v1/a\\b")) {
      String answer = rawGet(path);
      assertTrue(answer.startsWith("HTTP/1.1 400"), path + ": " + answer);
      assertTrue(answer.contains("application/json"), answer);
      String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
      JsonPath envelope = JsonPath.from(body);
      assertEquals(false, envelope.getBoolean("success"), body);
      assertEquals("VALIDATION_ERROR", envelope.getString("error.code"), body);
      assertNotNull(envelope.getString("meta.requestId"), body);
    }
  }

  /** A request line exactly as written (an HTTP client would encode or refuse the backslash). */
  private static String rawGet(String path) throws IOException {
    URI base = cluster.baseUri();
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  @Order(2)
  void aUsersBudgetIsOneForTheWholeClusterWhicheverInstanceServes() {
    String token = signedInUser();
    // Expensive work, 20 per user in this cluster's window, spent on the three instances in turn, directly:
    // each answer tells what is left of the one budget, whichever instance spent the rest.
    for (int i = 0; i < 20; i++) {
      String remaining = at(cluster.instanceUri(i % INSTANCES)).header("Authorization", "Bearer " + token)
          .body(ONE_LINE).post("/api/v1/ai/categorize/batch").then().statusCode(200).extract().header("RateLimit");
      assertTrue(remaining.startsWith("\"user-expensive\";r=" + (19 - i) + ";"), "request " + (i + 1) + ": " + remaining);
    }
    // Without a shared budget each instance would still have 13 or 14 left; with it, none has any.
    for (int i = 0; i < INSTANCES; i++) {
      Response refused = at(cluster.instanceUri(i)).header("Authorization", "Bearer " + token).body(ONE_LINE)
          .post("/api/v1/ai/categorize/batch");
      refused.then().statusCode(429);
      assertEquals("RATE_LIMITED", refused.path("error.code"));
    }
    gateway().header("Authorization", "Bearer " + token).body(ONE_LINE).post("/api/v1/ai/categorize/batch")
        .then().statusCode(429);
  }

  @Test
  @Order(3)
  void consumersOnMoreThanOneInstanceShareTheWork() throws Exception {
    String token = signedInUser();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add(gateway().header("Authorization", "Bearer " + token)
          .body(Map.of("amount", "-" + (i + 1) + ".50", "date", LocalDate.now().minusDays(1).toString(),
              "merchantName", "Coffee " + i))
          .post(PATH).then().statusCode(201).extract().path("data.id"));
    }
    awaitCategorized(token, new HashSet<>(ids));
    String admin = login(IntegrationEnvironment.ADMIN_EMAIL, IntegrationEnvironment.ADMIN_PASSWORD);
    Set<String> names = new HashSet<>();
    int consuming = 0;
    for (int i = 0; i < INSTANCES; i++) {
      JsonPath system = at(cluster.instanceUri(i)).header("Authorization", "Bearer " + admin)
          .get("/api/v1/admin/system").then().statusCode(200).extract().jsonPath();
      names.add(system.getString("data.instance"));
      if (system.getLong("data.messagesConsumed") > 0) {
        consuming++;
      }
    }
    assertEquals(INSTANCES, names.size(), "each instance answers for itself: " + names);
    assertTrue(consuming >= 2, "messages were consumed on " + consuming + " instance(s) only");
  }

  @Test
  @Order(4)
  void aNotificationReachesAnAppConnectedToAnotherInstance() throws Exception {
    String token = signedInUser();
    Spending.createBudget(at(cluster.instanceUri(0)).header("Authorization", "Bearer " + token), "100.00", List.of(80));
    // the app listens on the third instance; the payment that crosses 80% is written on the first
    try (EventStream stream = EventStream.open(cluster.instanceUri(INSTANCES - 1), token, null)) {
      assertEquals(200, stream.status());
      Spending.spend(at(cluster.instanceUri(0)).header("Authorization", "Bearer " + token), "-90.00", "Grocer cluster");

      EventStream.Event live = stream.next(PATIENCE);
      assertNotNull(live, "the budget alert reached the stream open on another instance");
      assertTrue(live.data().contains("\"type\":\"budget\""), live.data());
    }
  }

  @Test
  @Order(5)
  void aRollingRestartThroughTheGatewayFailsNoRequest() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<String> tokens = List.of(signedInUser(), signedInUser(), signedInUser());
    AtomicBoolean restarting = new AtomicBoolean(true);
    AtomicInteger served = new AtomicInteger();
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService clients = Executors.newFixedThreadPool(tokens.size());
    List<Future<?>> running = new ArrayList<>();
    for (String token : tokens) {
      HttpRequest me = HttpRequest.newBuilder(cluster.baseUri().resolve("/api/v1/users/me"))
          .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).build();
      running.add(clients.submit(() -> {
        while (restarting.get()) {
          // no retry here: a drained instance must not fail a single request
          try {
            HttpResponse<String> answer = client.send(me, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
              served.incrementAndGet();
            } else {
              failures.add(answer.statusCode() + " " + answer.body());
            }
          } catch (IOException lost) {
            failures.add(lost.toString());
          }
          Thread.sleep(60);
        }
        return null;
      }));
    }
    Thread.sleep(2_000);
    int before = served.get();
    cluster.restartInstanceGracefully(0);
    Thread.sleep(3_000);
    restarting.set(false);
    for (Future<?> load : running) {
      load.get(1, TimeUnit.MINUTES);
    }
    clients.shutdown();

    assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), failures.size() + " requests failed");
    assertTrue(served.get() - before > 50, "the others served " + (served.get() - before) + " during the restart");
    // the restarted instance is back in the rotation and answers for itself
    gateway().get("/health/ready").then().statusCode(200);
    at(cluster.instanceUri(0)).get("/health/ready").then().statusCode(200);
  }

  @Test
  @Order(6)
  void killingAnInstanceUnderLoadLosesNoCommittedWriteAndNoEventAndTheOthersGoOn() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    AtomicBoolean killed = new AtomicBoolean();
    AtomicInteger createdAfterKill = new AtomicInteger();
    AtomicInteger retried = new AtomicInteger();
    long end = System.nanoTime() + Duration.ofSeconds(25).toNanos();
    // One user per client, each within its own write budget (300 a minute) most of the time
    List<String> tokens = new ArrayList<>();
    List<Map<String, String>> acknowledged = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      tokens.add(signedInUser());
      acknowledged.add(new ConcurrentHashMap<>());
    }
    ExecutorService clients = Executors.newFixedThreadPool(tokens.size());
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < tokens.size(); c++) {
      String token = tokens.get(c);
      Map<String, String> written = acknowledged.get(c);
      running.add(clients.submit(() -> {
        for (int n = 0; System.nanoTime() < end; n++) {
          String key = UUID.randomUUID().toString();
          boolean afterKill = killed.get();
          written.put(key, createRetrying(client, token, key, n, retried));
          if (afterKill) {
            createdAfterKill.incrementAndGet();
          }
        }
        return null;
      }));
    }
    Thread.sleep(8_000);
    cluster.killInstance(INSTANCES - 1);
    killed.set(true);
    for (Future<?> load : running) {
      load.get(3, TimeUnit.MINUTES);
    }
    clients.shutdown();
    // Back as an orchestrator brings it: what it left half-committed (a relayed event, a delivery) is finished
    // from its transaction log before it serves again.
    cluster.restartInstance(INSTANCES - 1);

    assertTrue(createdAfterKill.get() >= 10, "the surviving instances served " + createdAfterKill.get() + " writes");
    int writes = 0;
    for (int c = 0; c < tokens.size(); c++) {
      Set<String> ids = new HashSet<>(acknowledged.get(c).values());
      assertEquals(acknowledged.get(c).size(), ids.size(), "one transaction per idempotency key, retries included");
      assertEquals(ids, listAll(tokens.get(c)), "every acknowledged write is stored, and nothing else");
      // Each create's event reached the categorizer: every transaction was filed or given suggestions.
      awaitCategorized(tokens.get(c), ids);
      writes += ids.size();
    }
    System.out.println("[cluster] " + writes + " writes, " + createdAfterKill.get() + " after the kill, "
        + retried.get() + " retried");
  }

  /**
   * Creates a transaction as a careful client does: on a lost connection or a 5xx the same request again with
   * the same key, and after a 429 when its Retry-After says.
   */
  private static String createRetrying(HttpClient client, String token, String key, int n, AtomicInteger retried)
      throws InterruptedException {
    String body = "{\"amount\":\"-" + (n % 90 + 1) + ".25\",\"date\":\"" + LocalDate.now().minusDays(2)
        + "\",\"merchantName\":\"Load shop " + (n % 7) + "\"}";
    HttpRequest request = HttpRequest.newBuilder(cluster.baseUri().resolve(PATH))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .header("Idempotency-Key", key)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (true) {
      long pauseMillis = 200;
      try {
        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 201) {
          return JsonPath.from(answer.body()).getString("data.id");
        }
        if (answer.statusCode() == 429) {
          pauseMillis = 1000L * Long.parseLong(answer.headers().firstValue("Retry-After").orElse("1"));
        } else {
          assertTrue(answer.statusCode() >= 500, "a create answered " + answer.statusCode() + ": " + answer.body());
          retried.incrementAndGet();
        }
      } catch (IOException connectionLost) {
        // the instance died with the request: the same request again
        retried.incrementAndGet();
      }
      assertTrue(System.nanoTime() < deadline, "a create did not succeed within 90 s of retries");
      Thread.sleep(pauseMillis);
    }
  }

  /** Every page of the user's transactions, newest first. */
  private static List<JsonPath> pages(String token) {
    List<JsonPath> pages = new ArrayList<>();
    String cursor = null;
    do {
      RequestSpecification page = gateway().header("Authorization", "Bearer " + token).queryParam("limit", 100);
      if (cursor != null) {
        page = page.queryParam("cursor", cursor);
      }
      JsonPath answer = page.get(PATH).then().statusCode(200).extract().jsonPath();
      pages.add(answer);
      cursor = answer.getString("meta.nextCursor");
    } while (cursor != null);
    return pages;
  }

  private static Set<String> listAll(String token) {
    Set<String> ids = new HashSet<>();
    pages(token).forEach(page -> ids.addAll(page.getList("data.id")));
    return ids;
  }

  /** Waits until every one of the transactions has been through the categorizer. */
  private static void awaitCategorized(String token, Set<String> ids) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    Set<String> waiting = new HashSet<>(ids);
    while (true) {
      for (JsonPath answer : pages(token)) {
        List<Map<String, Object>> rows = answer.getList("data");
        for (int i = 0; i < rows.size(); i++) {
          String prefix = "data[" + i + "].";
          if (!"pending".equals(answer.getString(prefix + "categorization.status"))
              || !answer.getList(prefix + "categorization.suggestions").isEmpty()) {
            waiting.remove(answer.getString(prefix + "id"));
          }
        }
      }
      if (waiting.isEmpty()) {
        return;
      }
      assertTrue(System.nanoTime() < deadline, waiting.size() + " of " + ids.size() + " never categorized");
      Thread.sleep(1000);
    }
  }
}
