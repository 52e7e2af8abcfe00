package com.duskspendr.ml.insights.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import com.duskspendr.transactions.ledger.boundary.HistoryWindow;
import com.duskspendr.transactions.ledger.boundary.SpendingHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The history the anomaly checks compare a new transaction with, read once for many events recorded at the
 * same instant. A statement import records its lines in batches of hundreds with one timestamp, and each
 * line's TransactionRecorded asked for the 2,000 rows before it: 10,000 lines read 20 million rows and took
 * most of the server's CPU for minutes (JFR, import benchmark). The second event of one (user, recorded at)
 * loads that user's whole history over a few years into a {@link HistorySnapshot} (if it holds no more than
 * {@link SpendingHistory#MAX_ROWS} rows); every later event of the batch cuts its window out of it. A single
 * create is never the second of its instant, so it reads only its own window, as before.
 *
 * <p>A snapshot serves for {@code duskspendr.insights.anomaly.snapshot-ttl} at most: the window of an event
 * examined from it is the history as it was when the snapshot was read (the rows recorded by that instant,
 * with the categories they had then), as if the event had been examined that much earlier.
 */
@ApplicationScoped
public class RecentHistories {

  /** The span of a snapshot, within SpendingHistory's longest range; see {@link #snapshotRange}. */
  static final int SNAPSHOT_MONTHS_AFTER = 16;

  /** Snapshots held at once (each up to SpendingHistory.MAX_ROWS small rows, a few MB). */
  private static final int MAX_SNAPSHOTS = 4;

  /** Instants remembered as seen: enough that other users' creates meanwhile do not push an import's out. */
  private static final int MAX_MARKS = 1024;

  @Inject SpendingHistory history;

  @Inject
  @ConfigProperty(name = "duskspendr.insights.anomaly.snapshot-ttl", defaultValue = "PT10S")
  Duration ttl;

  /** For tests and callers outside CDI: reading through {@code history}, each snapshot serving for {@code ttl}. */
  public static RecentHistories reading(SpendingHistory history, Duration ttl) {
    RecentHistories histories = new RecentHistories();
    histories.history = history;
    histories.ttl = ttl;
    return histories;
  }

  private record Key(AccountId owner, Instant recordedAt) {}

  /** What is known of a key: its snapshot, or (snapshot null) that it was seen, is being read, or is too large. */
  private record Entry(HistorySnapshot snapshot, State state, long createdAt) {}

  private enum State { SEEN, LOADING, LOADED, TOO_LARGE }

  private final Map<Key, Entry> snapshots = bounded(MAX_SNAPSHOTS);
  private final Map<Key, Entry> marks = bounded(MAX_MARKS);

  private static Map<Key, Entry> bounded(int max) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
        return size() > max;
      }
    };
  }

  /**
   * What {@link SpendingHistory#between(AccountId, LocalDate, LocalDate, int, Instant)} answers (its
   * entries), from a snapshot when one covers the range.
   */
  public List<HistoryEntry> between(AccountId owner, LocalDate from, LocalDate to, int maxRows, Instant recordedAt) {
    if (recordedAt == null) {
      return history.between(owner, from, to, maxRows, null).entries();
    }
    // the range and row count the ledger would read
    LocalDate earliest = to.minusMonths(SpendingHistory.MAX_MONTHS);
    LocalDate start = from.isBefore(earliest) ? earliest : from;
    int limit = Math.min(maxRows, SpendingHistory.MAX_ROWS);
    Key key = new Key(owner, recordedAt);
    Entry entry = claim(key, start, to);
    if (entry.state() == State.LOADED) {
      return entry.snapshot().window(start, to, limit);
    }
    if (entry.state() != State.LOADING) {
      // the first event of its instant, one whose history is too large to hold, or one that arrives while
      // another event's thread reads the snapshot: its own window
      return history.between(owner, start, to, limit, recordedAt).entries();
    }
    try {
      LocalDate[] range = snapshotRange(to);
      HistoryWindow whole = history.between(owner, range[0], range[1], SpendingHistory.MAX_ROWS, recordedAt);
      if (whole.truncated()) {
        remember(key, new Entry(null, State.TOO_LARGE, System.nanoTime()));
        return history.between(owner, start, to, limit, recordedAt).entries();
      }
      HistorySnapshot snapshot = new HistorySnapshot(whole);
      remember(key, new Entry(snapshot, State.LOADED, System.nanoTime()));
      return snapshot.window(start, to, limit);
    } catch (RuntimeException failed) {
      forget(key);
      throw failed;
    }
  }

  /**
   * The key's entry after this event: LOADED with a snapshot covering the range; LOADING when this thread is
   * to read the snapshot (the key's second event, or one beyond what its snapshot covers); else what the
   * event cannot use (SEEN for the first, LOADING held by another thread, TOO_LARGE).
   */
  private synchronized Entry claim(Key key, LocalDate start, LocalDate end) {
    Entry entry = snapshots.containsKey(key) ? snapshots.get(key) : marks.get(key);
    long now = System.nanoTime();
    if (entry != null && entry.state() != State.LOADING && now - entry.createdAt() > ttl.toNanos()) {
      entry = null;
    }
    if (entry == null) {
      remember(key, new Entry(null, State.SEEN, now));
      return new Entry(null, State.SEEN, now);
    }
    boolean usable = entry.state() == State.LOADED && entry.snapshot().covers(start, end);
    if (usable || entry.state() == State.TOO_LARGE || entry.state() == State.LOADING) {
      // LOADING here means another thread holds it: the caller reads its own window
      return entry.state() == State.LOADING ? new Entry(null, State.SEEN, now) : entry;
    }
    Entry loading = new Entry(null, State.LOADING, now);
    remember(key, loading);
    return loading;
  }

  /**
   * The range of a snapshot read for a window ending at {@code to}: the longest the ledger reads, ending
   * {@value #SNAPSHOT_MONTHS_AFTER} months later, so that it covers the windows of a statement's other lines
   * dated up to that much later and, with a lookback of 15 months, up to 17 months earlier.
   */
  static LocalDate[] snapshotRange(LocalDate to) {
    LocalDate end = to.plusMonths(SNAPSHOT_MONTHS_AFTER);
    return new LocalDate[] {end.minusMonths(SpendingHistory.MAX_MONTHS), end};
  }

  private synchronized void remember(Key key, Entry entry) {
    forget(key);
    (entry.state() == State.LOADED ? snapshots : marks).put(key, entry);
  }

  private synchronized void forget(Key key) {
    snapshots.remove(key);
    marks.remove(key);
  }
}
