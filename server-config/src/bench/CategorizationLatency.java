import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Create-to-categorized latency through the whole pipeline: POST an uncategorized transaction (a real bank
 * descriptor), then read it back every 2 ms until the categorizer has written its decision (version 2:
 * filed, or pending with suggestions). One transaction at a time, so each measure is the pipeline's own
 * delay (commit, broker, MDB, model, write-back), not queueing behind other clients. Single-file program:
 * {@code java CategorizationLatency.java BASE_URL ACCESS_TOKEN COUNT}.
 */
public class CategorizationLatency {

  private static final String[] DESCRIPTORS = {
    "POS 4417 STARBUCKS #1234 SEATTLE WA", "SQ *BLUE BOTTLE", "AMZN Mktp US*2K3", "UBER   *TRIP",
    "PAYPAL *NETFLIX", "SHELL OIL 57442", "WHOLEFDS MKT #10234", "CVS/PHARMACY #0874", "DELTA AIR 0062",
    "KARTENZAHLUNG REWE MARKT"
  };
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
  private static final Pattern STATUS = Pattern.compile("\"status\":\"([a-z]+)\"");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    int count = Integer.parseInt(args[2]);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<Double> millis = new ArrayList<>();
    int filed = 0;
    for (int i = 0; i < count; i++) {
      String body = String.format(
          "{\"amount\":\"-%d.%02d\",\"date\":\"2026-11-%02d\",\"merchantName\":\"%s\"}",
          3 + i % 40, i % 100, 1 + i % 24, DESCRIPTORS[i % DESCRIPTORS.length]);
      long started = System.nanoTime();
      HttpResponse<String> created = http.send(
          HttpRequest.newBuilder(URI.create(base + "/api/v1/transactions"))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      if (created.statusCode() != 201) {
        throw new IllegalStateException("create answered " + created.statusCode() + ": " + created.body());
      }
      Matcher id = ID.matcher(created.body());
      id.find();
      HttpRequest read = HttpRequest.newBuilder(URI.create(base + "/api/v1/transactions/" + id.group(1)))
          .header("Authorization", "Bearer " + token)
          .GET()
          .build();
      while (true) {
        String current = http.send(read, HttpResponse.BodyHandlers.ofString()).body();
        Matcher version = VERSION.matcher(current);
        if (version.find() && Long.parseLong(version.group(1)) >= 2) {
          millis.add((System.nanoTime() - started) / 1e6);
          Matcher status = STATUS.matcher(current);
          if (status.find() && !status.group(1).equals("pending")) {
            filed++;
          }
          break;
        }
        if (System.nanoTime() - started > 30_000_000_000L) {
          throw new IllegalStateException("not categorized within 30 s: " + current);
        }
        Thread.sleep(2);
      }
    }
    Collections.sort(millis);
    System.out.printf(
        "create-to-categorized over %d transactions: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms;"
            + " %d filed, %d left pending with suggestions%n",
        count, at(millis, 0.50), at(millis, 0.90), at(millis, 0.99), millis.get(millis.size() - 1),
        filed, count - filed);
  }

  private static double at(List<Double> sorted, double quantile) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
  }
}
