package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.IntegrationEnvironment;
import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rate limits as a client meets them: budgets announced on every answer, a spent one refused in the envelope
 * with Retry-After, and budgets kept apart per user and per client address. The system runs with the
 * documented defaults per user, and with 127.0.0.1 as its trusted proxy so that a test can speak for other
 * client addresses (see IntegrationEnvironment).
 */
@ExtendWith(WithIntegrationEnvironment.class)
class RateLimitApiIT {

  private static final Pattern REMAINING = Pattern.compile("^\"([a-z-]+)\";r=(\\d+);t=(\\d+)$");
  private static final Map<String, Object> ONE_LINE =
      Map.of("items", List.of(Map.of("merchantName", "Corner shop", "amount", "-3.20")));

  @Test
  void everyAnswerAnnouncesItsBudgets() {
    Response answer = authorized(signedInUser().accessToken()).get("/api/v1/users/me");
    answer.then().statusCode(200);
    assertEquals("\"address-read\";q=" + IntegrationEnvironment.ADDRESS_READ_QUOTA + ";w=60, \"user-read\";q=1200;w=60",
        answer.header("RateLimit-Policy"));
    Matcher remaining = REMAINING.matcher(answer.header("RateLimit"));
    assertTrue(remaining.matches(), answer.header("RateLimit"));
    assertEquals("user-read", remaining.group(1));
    assertEquals(1199, Integer.parseInt(remaining.group(2)), "a new user has spent one read");
  }

  @Test
  void aUserWhoSpentTheBudgetOfAClassIsRefusedUntilItRefillsWhileOthersAndOtherClassesGoOn() {
    String token = signedInUser().accessToken();
    // Expensive work: 20 a minute per user by default.
    for (int i = 0; i < 20; i++) {
      authorized(token).body(ONE_LINE).post("/api/v1/ai/categorize/batch").then().statusCode(200);
    }
    Response refused = authorized(token).body(ONE_LINE).post("/api/v1/ai/categorize/batch");

    refused.then().statusCode(429);
    assertEquals("RATE_LIMITED", refused.path("error.code"));
    assertNotNull(refused.path("meta.requestId"));
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 3, "one request refills in 3 s, was " + retryAfter);
    assertTrue(refused.header("RateLimit").startsWith("\"user-expensive\";r=0;"), refused.header("RateLimit"));

    authorized(token).get("/api/v1/users/me").then().statusCode(200);
    authorized(signedInUser().accessToken()).body(ONE_LINE).post("/api/v1/ai/categorize/batch").then().statusCode(200);
  }

  @Test
  void aClientAddressBehindOurProxyHasItsOwnBudget() throws Exception {
    String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
    int quota = IntegrationEnvironment.ADDRESS_EXPENSIVE_QUOTA;
    // Anonymous requests cost the address's budget before anything else looks at them (then 401): the budget
    // guards capacity, whoever asks. Eight at a time, until the first refusal; the bucket refills meanwhile
    // (quota per minute), hence the generous bound.
    ExecutorService clients = Executors.newFixedThreadPool(8);
    AtomicInteger answered = new AtomicInteger();
    Response refusal = null;
    try {
      for (int round = 0; round < quota && refusal == null; round++) {
        List<Future<Response>> batch = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          batch.add(clients.submit(() ->
              request().header("X-Forwarded-For", "1.1.1.1, " + address).body(ONE_LINE).post("/api/v1/ai/categorize/batch")));
        }
        for (Future<Response> each : batch) {
          Response answer = each.get(60, TimeUnit.SECONDS);
          if (answer.statusCode() == 429) {
            refusal = answer;
          } else {
            assertEquals(401, answer.statusCode());
            answered.incrementAndGet();
          }
        }
      }
    } finally {
      clients.shutdownNow();
    }
    assertNotNull(refusal, "the address was refused at last");
    assertTrue(answered.get() >= quota, "refused only once the quota was spent: " + answered.get() + " answered");
    assertEquals("RATE_LIMITED", refusal.path("error.code"));
    assertTrue(refusal.header("RateLimit").startsWith("\"address-expensive\";r=0;"), refusal.header("RateLimit"));

    // Another address behind the same proxy, and the proxy itself, still get through.
    request().header("X-Forwarded-For", "198.51.100.0").body(ONE_LINE).post("/api/v1/ai/categorize/batch")
        .then().statusCode(401);
    request().body(ONE_LINE).post("/api/v1/ai/categorize/batch").then().statusCode(401);
  }
}
