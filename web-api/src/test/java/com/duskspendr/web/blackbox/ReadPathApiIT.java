package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.IntegrationEnvironment;
import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The read path as a polling phone on mobile data uses it: list pages and the changes feed answer 304 to
 * their own ETag while nothing changed, and a full page after any change that touches it; answers are
 * gzipped when the client accepts it, and decode to exactly the plain answer.
 */
@ExtendWith(WithIntegrationEnvironment.class)
class ReadPathApiIT {

  private static final String PATH = "/api/v1/transactions";
  private static final String FEED = "/api/v1/sync/changes";

  private static String created(String token, Map<String, Object> body) {
    return authorized(token).body(body).post(PATH).then().statusCode(201).extract().path("data.id");
  }

  private static Map<String, Object> coffee(String amount) {
    return new HashMap<>(Map.of("amount", amount, "date", "2024-05-01", "merchantName", "Corner Coffee",
        "categoryId", "food_and_drink.coffee"));
  }

  /** The ETag of a fresh read, checked to be a 200 with a weak tag. */
  private static String etagOf(String token, String path) {
    Response page = authorized(token).get(path);
    page.then().statusCode(200);
    String etag = page.header("ETag");
    assertNotNull(etag, path + " carries an ETag");
    assertTrue(etag.startsWith("W/\""), "weak: the same data comes with a new request id, " + etag);
    assertEquals("private, no-cache", page.header("Cache-Control"));
    return etag;
  }

  private static Response conditional(String token, String path, String etag) {
    return authorized(token).header("If-None-Match", etag).get(path);
  }

  private static void assertUnchanged(String token, String path, String etag) {
    Response again = conditional(token, path, etag);
    again.then().statusCode(304);
    assertEquals("", again.asString(), "a 304 has no body");
    assertEquals(etag, again.header("ETag"));
  }

  /** A changed page answers in full, with a new tag; returns that tag. */
  private static String assertChanged(String token, String path, String etag) {
    Response again = conditional(token, path, etag);
    again.then().statusCode(200);
    assertNotEquals(etag, again.header("ETag"));
    return again.header("ETag");
  }

  @Test
  void anUnchangedListPageAnswers304AndAnyChangeToItAFullPage() {
    String token = signedInUser().accessToken();
    String first = created(token, coffee("-3.50"));
    String page = PATH + "?limit=50";
    String etag = etagOf(token, page);
    assertUnchanged(token, page, etag);

    String second = created(token, coffee("-4.00"));
    etag = assertChanged(token, page, etag);
    assertUnchanged(token, page, etag);

    authorized(token).body(Map.of("notes", "with Sam")).patch(PATH + "/" + first).then().statusCode(200);
    etag = assertChanged(token, page, etag);

    authorized(token).delete(PATH + "/" + second).then().statusCode(204);
    etag = assertChanged(token, page, etag);
    assertUnchanged(token, page, etag);
  }

  @Test
  void theTagIsTheReadersAndTheQuerys() {
    String alice = signedInUser().accessToken();
    String bob = signedInUser().accessToken();
    created(alice, coffee("-3.50"));
    created(bob, coffee("-3.50"));
    String alicesTag = etagOf(alice, PATH + "?limit=50");
    // the same sequence number and query for another user is another page
    conditional(bob, PATH + "?limit=50", alicesTag).then().statusCode(200);
    conditional(alice, PATH + "?limit=49", alicesTag).then().statusCode(200);
  }

  @Test
  void theCategorizersFilingChangesThePage() throws InterruptedException {
    String token = signedInUser().accessToken();
    String page = PATH + "?limit=50";
    // The tag must be taken before the categorizer files the transaction: retry with a new transaction when
    // it was faster than our read. On a quiet machine it often is (known merchants are a dictionary lookup
    // since issue 19, and the relay sends right after commit), so there are many attempts.
    for (int attempt = 0; attempt < 40; attempt++) {
      String id = created(token, Map.of("amount", "-4.85", "date", LocalDate.now().minusDays(1).toString(),
          "merchantName", "POS 4417 STARBUCKS #1234 SEATTLE WA"));
      Response listed = authorized(token).get(page);
      listed.then().statusCode(200);
      String etag = listed.header("ETag");
      if (listed.jsonPath().getLong("data[0].version") != 1) {
        continue;
      }
      JsonPath filed = awaitVersionAbove(token, id, 1);
      assertNotNull(filed, "the categorizer wrote its decision");
      assertChanged(token, page, etag);
      return;
    }
    throw new AssertionError("the categorizer was faster than every read of the page");
  }

  private static JsonPath awaitVersionAbove(String token, String id, long version) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      JsonPath t = authorized(token).get(PATH + "/" + id).then().statusCode(200).extract().jsonPath();
      if (t.getLong("data.version") > version) {
        return t;
      }
      Thread.sleep(50);
    }
    return null;
  }

  @Test
  void theChangesFeedAnswers304UntilSomethingChanges() {
    String token = signedInUser().accessToken();
    created(token, coffee("-3.50"));
    String etag = etagOf(token, FEED);
    assertUnchanged(token, FEED, etag);
    created(token, coffee("-4.00"));
    etag = assertChanged(token, FEED, etag);
    assertUnchanged(token, FEED, etag);
  }

  @Test
  void aGzippedPageDecodesToExactlyThePlainPage() throws IOException, InterruptedException {
    String token = signedInUser().accessToken();
    for (int i = 0; i < 30; i++) {
      created(token, coffee("-" + (i + 1) + ".25"));
    }
    // Plain java.net.http: it neither asks for nor decodes gzip by itself, so both answers are seen raw.
    HttpClient http = http11();
    String requestId = UUID.randomUUID().toString();
    HttpRequest.Builder page = HttpRequest.newBuilder(
            IntegrationEnvironment.get().systemBaseUri().resolve(PATH + "?limit=50"))
        .header("Authorization", "Bearer " + token)
        .header("X-Request-Id", requestId);
    HttpResponse<byte[]> plain = http.send(page.copy().build(), HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> gzipped =
        http.send(page.copy().header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());

    assertEquals(200, plain.statusCode());
    assertEquals(200, gzipped.statusCode());
    assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "not compressed unless accepted");
    assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(null));
    byte[] decoded;
    try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
      decoded = in.readAllBytes();
    }
    assertTrue(gzipped.body().length * 3 < decoded.length,
        "a page of similar rows compresses well: " + gzipped.body().length + " of " + decoded.length + " bytes");
    // Byte for byte, once the one field that differs between two answers (meta.timestamp) is set aside.
    assertArrayEquals(withoutTimestamp(plain.body()), withoutTimestamp(decoded));
    assertEquals(30, JsonPath.from(new String(decoded, StandardCharsets.UTF_8)).getList("data").size());
  }

  @Test
  void smallAnswersAreNotCompressed() throws IOException, InterruptedException {
    String token = signedInUser().accessToken();
    HttpResponse<byte[]> me = http11().send(
        HttpRequest.newBuilder(IntegrationEnvironment.get().systemBaseUri().resolve("/api/v1/users/me"))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Encoding", "gzip")
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, me.statusCode());
    assertTrue(me.body().length < 1024, "below duskspendr.http.compression.min-bytes");
    assertNull(me.headers().firstValue("Content-Encoding").orElse(null), "below the size, not worth a deflater");
    assertTrue(new String(me.body(), StandardCharsets.UTF_8).startsWith("{\"success\":true"));
  }

  /**
   * HTTP/1.1 as phones and browsers speak it to us; the client's default would ask to upgrade a plain-text
   * connection to HTTP/2 (h2c), which no real client of ours does.
   */
  private static HttpClient http11() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  private static byte[] withoutTimestamp(byte[] json) {
    String text = new String(json, StandardCharsets.UTF_8);
    String stripped = text.replaceFirst("\"timestamp\":\"[^\"]+\"", "\"timestamp\":\"\"");
    assertNotEquals(text, stripped, "the envelope has its timestamp");
    return stripped.getBytes(StandardCharsets.UTF_8);
  }
}
