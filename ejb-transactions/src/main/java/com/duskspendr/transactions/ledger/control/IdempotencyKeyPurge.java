package com.duskspendr.transactions.ledger.control;

import com.duskspendr.transactions.ledger.entity.IdempotencyKeyRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Deletes expired idempotency keys every quarter hour, a bounded batch per run so that no run holds locks
 * for long. Non-persistent: a missed run is simply done by the next one, on every instance alike.
 */
@Stateless
public class IdempotencyKeyPurge {

  private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class.getName());
  static final int BATCH = 10_000;

  @Inject IdempotencyKeyRepository keys;

  @Schedule(minute = "*/15", hour = "*", persistent = false)
  public void purge() {
    int purged = keys.purgeExpired(OffsetDateTime.now(ZoneOffset.UTC), BATCH);
    if (purged > 0) {
      LOG.fine(() -> "Purged " + purged + " expired idempotency key(s)");
    }
  }
}
