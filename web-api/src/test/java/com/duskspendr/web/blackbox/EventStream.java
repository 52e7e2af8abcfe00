package com.duskspendr.web.blackbox;

import com.duskspendr.web.it.IntegrationEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** An app's connection to {@code GET /api/v1/notifications/stream}, parsed into events as they arrive. */
final class EventStream implements AutoCloseable {

  record Event(String id, String name, String data) {}

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;
  private volatile int status;

  private EventStream(URI base, String accessToken, String lastEventId) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/notifications/stream"))
        .header("Accept", "text/event-stream")
        .GET();
    if (accessToken != null) {
      request.header("Authorization", "Bearer " + accessToken);
    }
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    response = HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
    // The body is read on a thread of its own: the stream never ends while the test runs, and a plain
    // thenAccept would run this loop on whichever thread completes the future (the test's own, in get()).
    response.thenAcceptAsync(r -> {
      status = r.statusCode();
      String[] current = new String[3];
      r.body().forEach(line -> {
        if (line.isEmpty()) {
          if (current[2] != null) {
            events.add(new Event(current[0], current[1], current[2]));
          }
          current[0] = current[1] = current[2] = null;
        } else if (line.startsWith("id:")) {
          current[0] = line.substring(3).strip();
        } else if (line.startsWith("event:")) {
          current[1] = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          current[2] = (current[2] == null ? "" : current[2] + "\n") + line.substring(5).strip();
        }
      });
    }, runnable -> {
      Thread reader = new Thread(runnable, "event-stream");
      reader.setDaemon(true);
      reader.start();
    });
  }

  static EventStream open(String accessToken, String lastEventId) throws Exception {
    return open(IntegrationEnvironment.get().systemBaseUri(), accessToken, lastEventId);
  }

  /** The stream of the system at {@code base} (one instance of a cluster, say). */
  static EventStream open(URI base, String accessToken, String lastEventId) throws Exception {
    EventStream stream = new EventStream(base, accessToken, lastEventId);
    stream.status = stream.response.get(60, TimeUnit.SECONDS).statusCode(); // the headers are in
    return stream;
  }

  int status() {
    return status;
  }

  /** The next event, or null if none came within the timeout. */
  Event next(Duration timeout) throws InterruptedException {
    return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    response.thenAccept(r -> r.body().close());
    response.cancel(true);
  }
}
