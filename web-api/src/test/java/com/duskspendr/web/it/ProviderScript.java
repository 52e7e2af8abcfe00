package com.duskspendr.web.it;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Duration;
import java.time.Instant;

/**
 * What the local providers record and how they are told to answer: per key (a device token, a recipient),
 * a queue of answers to give before answering as a healthy provider does.
 */
public final class ProviderScript {

  /** @param stall how long to sit on the request before answering (a provider timing out) */
  public record Answer(int status, String body, Duration stall) {

    public static Answer of(int status, String body) {
      return new Answer(status, body, Duration.ZERO);
    }

    public static Answer stall(Duration stall) {
      return new Answer(200, "{}", stall);
    }
  }

  private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();
  private final List<ProviderRequest> received = Collections.synchronizedList(new ArrayList<>());

  public void answer(String key, Answer... queued) {
    answers.put(key, new ArrayDeque<>(List.of(queued)));
  }

  Answer next(String key) {
    Deque<Answer> queue = key == null ? null : answers.get(key);
    return queue == null ? null : queue.poll();
  }

  void record(ProviderRequest request) {
    received.add(request);
  }

  /** In the order they arrived (a stalled one is recorded when it is answered). */
  public List<ProviderRequest> requests(String provider, String key) {
    synchronized (received) {
      return received.stream().filter(r -> r.provider().equals(provider) && (key == null || key.equals(r.key())))
          .sorted(java.util.Comparator.comparing(ProviderRequest::at)).toList();
    }
  }

  /** Waits until the provider has received {@code count} requests for the key, for at most {@code timeout}. */
  public List<ProviderRequest> await(String provider, String key, int count, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (requests(provider, key).size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    List<ProviderRequest> got = requests(provider, key);
    if (got.size() < count) {
      throw new AssertionError("expected " + count + " " + provider + " request(s) for " + key + ", got " + got.size());
    }
    return got;
  }
}
