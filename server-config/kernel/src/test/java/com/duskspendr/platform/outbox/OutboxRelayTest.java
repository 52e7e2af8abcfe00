package com.duskspendr.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

  @Test
  void retriesBackOffFromAQuarterSecondUpToTheConfiguredMaximum() {
    OutboxRelay relay = new OutboxRelay();
    relay.retryMax = Duration.ofSeconds(5);
    assertEquals(Duration.ofMillis(250), relay.backoff(1));
    assertEquals(Duration.ofMillis(500), relay.backoff(2));
    assertEquals(Duration.ofSeconds(4), relay.backoff(5));
    assertEquals(Duration.ofSeconds(5), relay.backoff(6));
    assertEquals(Duration.ofSeconds(5), relay.backoff(1_000));
  }

  @Test
  void wakeUpsCoalesceAndATimeoutIsNotAWakeUp() throws InterruptedException {
    RelaySignal signal = new RelaySignal();
    signal.wake();
    signal.wake();
    signal.wake();
    assertTrue(signal.await(Duration.ofMillis(10)));
    assertFalse(signal.await(Duration.ofMillis(10)), "three wake-ups before a round are one round");
  }
}
