package com.duskspendr.auth.control;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Whether a device session is still open, asked of the database at most once per {@code checkInterval}
 * per session on this instance. The database is what all instances share: a session revoked or deleted
 * (with its account) elsewhere is refused here at the latest one interval later; one revoked through this
 * instance is refused here at once ({@link #revoked}). A closed session never reopens, so "closed" is
 * remembered until the cache is full rather than asked again.
 */
public class SessionActivity {

  private record Status(boolean open, long checkedAtNanos) {}

  private final Map<UUID, Status> statuses = new ConcurrentHashMap<>();
  private final Predicate<UUID> database;
  private final long intervalNanos;
  private final int maxEntries;
  private final LongSupplier nanoTime;

  public SessionActivity(Predicate<UUID> isOpenInDatabase, Duration checkInterval, int maxEntries, LongSupplier nanoTime) {
    this.database = isOpenInDatabase;
    this.intervalNanos = checkInterval.toNanos();
    this.maxEntries = maxEntries;
    this.nanoTime = nanoTime;
  }

  public boolean isOpen(UUID sessionId) {
    long now = nanoTime.getAsLong();
    Status known = statuses.get(sessionId);
    if (known != null && (!known.open() || now - known.checkedAtNanos() < intervalNanos)) {
      return known.open();
    }
    boolean open = database.test(sessionId);
    remember(sessionId, new Status(open, now));
    return open;
  }

  /** Called by whoever revokes a session on this instance, after the revocation is written. */
  public void revoked(UUID sessionId) {
    remember(sessionId, new Status(false, nanoTime.getAsLong()));
  }

  private void remember(UUID sessionId, Status status) {
    if (statuses.size() >= maxEntries && !statuses.containsKey(sessionId)) {
      long now = nanoTime.getAsLong();
      statuses.values().removeIf(old -> old.open() && now - old.checkedAtNanos() >= intervalNanos);
      if (statuses.size() >= maxEntries) {
        // Closed sessions are only a shortcut; when they fill the cache, forget them and ask again.
        statuses.values().removeIf(old -> !old.open());
      }
    }
    if (!status.open() || intervalNanos > 0) {
      statuses.put(sessionId, status);
    }
  }
}
