import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notifications end to end, through the API only. Single-file program:
 * {@code java NotificationLatency.java BASE_URL LATENCY_USERS THROUGHPUT_USERS}.
 *
 * <p>1. Latency: for each of LATENCY_USERS fresh users, one at a time, an open stream
 * ({@code GET /notifications/stream}), a 100 USD budget alerting at 80%, then the budget-crossing write
 * ({@code POST /transactions} of 85 USD), timed from just before the write until its event arrives on the
 * stream: commit, outbox relay, broker, the alert consumer, the notification's own outbox message, relay,
 * broker, the stream consumer, the SSE write.
 *
 * <p>2. Throughput: THROUGHPUT_USERS users, each with a budget alerting at every 10% (ten thresholds), all
 * spend their whole budget at once from 8 threads: ten BudgetThresholdCrossed events each. Alert events per
 * second = all of them / the time from the first write until every user's inbox holds its ten persisted
 * notifications.
 */
public class NotificationLatency {

  private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static String base;

  public static void main(String[] args) throws Exception {
    base = args[0];
    int latencyUsers = Integer.parseInt(args[1]);
    int throughputUsers = Integer.parseInt(args[2]);
    String run = Long.toString(System.currentTimeMillis(), 36);

    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < latencyUsers; i++) {
      String token = user("latency-" + run + "-" + i);
      budget(token, "100.00", "[80]");
      millis.add(crossingToEvent(token));
    }
    Collections.sort(millis);
    System.out.printf("budget-crossing write to SSE event over %d users: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms,"
            + " max %.1f ms%n", latencyUsers, at(millis, 0.50), at(millis, 0.90), at(millis, 0.99),
        millis.get(millis.size() - 1));

    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < throughputUsers; i++) {
      String token = user("throughput-" + run + "-" + i);
      budget(token, "100.00", "[10,20,30,40,50,60,70,80,90,100]");
      tokens.add(token);
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    long started = System.nanoTime();
    List<Future<?>> writes = new ArrayList<>();
    for (String token : tokens) {
      writes.add(pool.submit(() -> spend(token, "-100.00")));
    }
    for (Future<?> f : writes) {
      f.get();
    }
    double written = (System.nanoTime() - started) / 1e9;
    for (String token : tokens) {
      while (inboxSize(token) < 10) {
        if ((System.nanoTime() - started) / 1e9 > 300) {
          throw new IllegalStateException("alerts did not arrive within 300 s");
        }
        Thread.sleep(20);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    int events = throughputUsers * 10;
    System.out.printf("%d alert events (%d writes in %.1f s) persisted as notifications in %.1f s: %.0f alert events/s%n",
        events, throughputUsers, written, seconds, events / seconds);
  }

  private static double crossingToEvent(String token) throws Exception {
    HttpRequest open = HttpRequest.newBuilder(URI.create(base + "/api/v1/notifications/stream"))
        .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
    HttpResponse<java.io.InputStream> stream = HTTP.send(open, HttpResponse.BodyHandlers.ofInputStream());
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
      String first = lines.readLine(); // the "connected" comment: subscribed
      if (first == null) {
        throw new IllegalStateException("the stream closed at once: " + stream.statusCode());
      }
      SynchronousQueue<Long> arrived = new SynchronousQueue<>();
      Thread reader = new Thread(() -> {
        try {
          String line;
          while ((line = lines.readLine()) != null) {
            if (line.startsWith("data:")) {
              arrived.put(System.nanoTime());
              return;
            }
          }
        } catch (Exception e) {
          // closed
        }
      });
      reader.start();
      long started = System.nanoTime();
      spend(token, "-85.00");
      Long at = arrived.poll(60, TimeUnit.SECONDS);
      if (at == null) {
        throw new IllegalStateException("no event within 60 s");
      }
      return (at - started) / 1e6;
    }
  }

  private static String user(String name) throws Exception {
    String body = "{\"email\":\"" + name + "@example.com\",\"password\":\"benchmark passphrase 2026\"}";
    post("/api/v1/auth/register", null, body, 202);
    Matcher token = TOKEN.matcher(post("/api/v1/auth/login", null, body, 200));
    token.find();
    return token.group(1);
  }

  private static void budget(String token, String amount, String thresholds) throws Exception {
    post("/api/v1/budgets", token, "{\"categoryId\":\"food_and_drink\",\"amount\":\"" + amount + "\",\"currency\":\"USD\","
        + "\"period\":\"monthly\",\"startDate\":\"" + LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1) + "\","
        + "\"alertThresholds\":" + thresholds + "}", 201);
  }

  private static Object spend(String token, String amount) throws Exception {
    return post("/api/v1/transactions", token, "{\"amount\":\"" + amount + "\",\"currency\":\"USD\",\"date\":\""
        + LocalDate.now(ZoneOffset.UTC) + "\",\"categoryId\":\"food_and_drink.groceries\",\"merchantName\":\"Bench\"}", 201);
  }

  private static int inboxSize(String token) throws Exception {
    String page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/notifications?limit=100"))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher ids = ID.matcher(page);
    int n = 0;
    while (ids.find()) {
      n++;
    }
    return n;
  }

  private static String post(String path, String token, String body, int expected) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static double at(List<Double> sorted, double quantile) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
  }
}
