package com.duskspendr.web.blackbox;

import com.duskspendr.web.it.IntegrationEnvironment;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An integrator's endpoint on loopback, in the test JVM, on the one private origin the tests' system may
 * call (IntegrationEnvironment.webhookReceiverPort): records every request per path and answers with
 * the status codes queued for that path (200 once the queue is empty). Verifies signatures as the README
 * tells receivers to.
 */
final class WebhookReceiver {

  record Received(String signature, String eventId, String body, Instant at) {}

  private static WebhookReceiver instance;

  private final HttpServer server;
  private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
  private final Map<String, Deque<Integer>> answers = new ConcurrentHashMap<>();

  private WebhookReceiver() throws IOException {
    server = HttpServer.create(
        new InetSocketAddress("127.0.0.1", IntegrationEnvironment.get().webhookReceiverPort()), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.computeIfAbsent(path, p -> java.util.Collections.synchronizedList(new ArrayList<>())).add(new Received(
          exchange.getRequestHeaders().getFirst("X-DuskSpendr-Signature"),
          exchange.getRequestHeaders().getFirst("X-DuskSpendr-Event-Id"), body, Instant.now()));
      Deque<Integer> queue = answers.get(path);
      Integer status = queue == null ? null : queue.poll();
      exchange.sendResponseHeaders(status == null ? 200 : status, -1);
      exchange.close();
    });
    server.start();
  }

  static synchronized WebhookReceiver get() {
    if (instance == null) {
      try {
        instance = new WebhookReceiver();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /** A fresh path of its own, for one test's webhook. */
  String newUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + UUID.randomUUID();
  }

  static String path(String url) {
    return java.net.URI.create(url).getPath();
  }

  void answer(String url, Integer... statuses) {
    answers.put(path(url), new ArrayDeque<>(List.of(statuses)));
  }

  List<Received> requests(String url) {
    List<Received> got = received.get(path(url));
    return got == null ? List.of() : List.copyOf(got);
  }

  List<Received> await(String url, int count, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (requests(url).size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    List<Received> got = requests(url);
    if (got.size() < count) {
      throw new AssertionError("expected " + count + " webhook request(s) at " + url + ", got " + got.size());
    }
    return got;
  }

  /**
   * What a receiver does with {@code X-DuskSpendr-Signature: t=..,v1=..}: recompute HMAC-SHA256 over
   * {@code t.body} with the secret, compare in constant time, and refuse timestamps older than the tolerance.
   */
  static boolean verify(Received request, String secret, Duration tolerance) throws Exception {
    String t = null;
    String v1 = null;
    for (String part : request.signature().split(",")) {
      if (part.startsWith("t=")) {
        t = part.substring(2);
      } else if (part.startsWith("v1=")) {
        v1 = part.substring(3);
      }
    }
    if (t == null || v1 == null) {
      return false;
    }
    if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) > tolerance.toSeconds()) {
      return false;
    }
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] expected = mac.doFinal((t + "." + request.body()).getBytes(StandardCharsets.UTF_8));
    return java.security.MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
  }
}
