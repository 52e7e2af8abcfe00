package com.duskspendr.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the relay right after a commit that stored messages, so they leave within milliseconds instead of
 * at the next sweep. Wake-ups coalesce: a thousand commits while the relay works cost it one more round.
 */
@ApplicationScoped
public class RelaySignal {

  private final Semaphore pending = new Semaphore(0);

  public void wake() {
    if (pending.availablePermits() == 0) {
      pending.release();
    }
  }

  /** @return true when woken, false when the timeout passed */
  boolean await(Duration timeout) throws InterruptedException {
    boolean woken = pending.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    pending.drainPermits();
    return woken;
  }
}
