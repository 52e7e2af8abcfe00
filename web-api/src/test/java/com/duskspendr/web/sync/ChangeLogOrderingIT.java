package com.duskspendr.web.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.auth.boundary.AccountGoneException;
import com.duskspendr.auth.boundary.AccountService;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.categories.boundary.CategoryService;
import com.duskspendr.transactions.categories.boundary.NewCategory;
import com.duskspendr.users.boundary.ProfilePatch;
import com.duskspendr.users.boundary.ProfileService;
import com.duskspendr.transactions.sync.boundary.ChangeFeed;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.transactions.sync.boundary.FeedPage;
import com.duskspendr.transactions.sync.boundary.SyncCursor;
import com.duskspendr.web.it.WithIntegrationEnvironment;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBTransactionRequiredException;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The changes feed inside Payara against PostgreSQL: many writers for one user, some holding their
 * transaction open after logging, while a reader pages concurrently. The reader must end with exactly the
 * server's final state and see sequence numbers only ever increase. And since every write of the context
 * logs its change, the log is where a write for an account that is gone is refused.
 */
@ExtendWith(WithIntegrationEnvironment.class)
@ExtendWith(ArquillianExtension.class)
class ChangeLogOrderingIT {

  private static final int WRITERS = 8;
  private static final int WRITES_PER_WRITER = 30;
  private static final int RECORDS_PER_WRITER = 4;

  @Deployment
  static WebArchive application() {
    return ShrinkWrap.create(ZipImporter.class, "duskspendr.war")
        .importFrom(new File(System.getProperty("duskspendr.war")))
        .as(WebArchive.class)
        .addClasses(WithIntegrationEnvironment.class, ChangeLogProbe.class);
  }

  @EJB ChangeLogProbe probe;
  @EJB ChangeFeed feed;
  @EJB ChangeLog changeLog;
  @EJB CategoryService categories;
  @EJB ProfileService profiles;
  @EJB AccountService accounts;

  private static final String PASSWORD = "a long passphrase for the feed 2026";

  /** What a record's last committed change says. */
  record State(long version, boolean deleted) {}

  @Test
  void aReaderPagingDuringConcurrentWritesEndsWithExactlyTheServersState() throws Exception {
    AccountId owner = account();
    Map<String, State> committed = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
    AtomicBoolean writing = new AtomicBoolean(true);
    try {
      // Each writer owns its records, so each record's changes commit in the writer's order.
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        writers.add(pool.submit(() -> {
          Map<String, Long> versions = new java.util.HashMap<>();
          for (int i = 0; i < WRITES_PER_WRITER; i++) {
            String id = "w" + writer + "-r" + ThreadLocalRandom.current().nextInt(RECORDS_PER_WRITER);
            long version = versions.merge(id, 1L, Long::sum);
            boolean delete = ThreadLocalRandom.current().nextInt(5) == 0;
            probe.write(owner, id, version, delete, ThreadLocalRandom.current().nextInt(4));
            committed.put(id, new State(version, delete));
          }
          return null;
        }));
      }
      Future<Reader> reading = pool.submit(() -> {
        Reader reader = new Reader(owner);
        while (writing.get()) {
          reader.page(7);
        }
        return reader;
      });
      for (Future<?> writer : writers) {
        writer.get(120, TimeUnit.SECONDS);
      }
      writing.set(false);
      Reader reader = reading.get(60, TimeUnit.SECONDS);
      reader.pageToEnd();

      assertTrue(reader.pagesDuringWrites > 1, "the reader paged while writers were writing");
      assertEquals(committed, reader.state, "the reader holds exactly the server's final state");
      assertEquals(reader.state, new Reader(owner).pageToEnd().state, "a fresh reader gets the same state");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void tombstonesAreFoundAndAccountDeletionErasesTheFeed() throws Exception {
    AccountId owner = account();
    AccountId other = account();
    probe.write(owner, "a", 1, false, 0);
    probe.write(owner, "a", 2, true, 0);
    probe.write(other, "a", 1, false, 0);

    assertEquals(true, feed.lastChange(owner, ChangeLog.Entity.RULE, "a").orElseThrow().deleted());
    assertEquals(false, feed.lastChange(other, ChangeLog.Entity.RULE, "a").orElseThrow().deleted());
    assertTrue(feed.lastChange(owner, ChangeLog.Entity.TRANSACTION, "a").isEmpty());

    probe.deleteAccount(owner);

    assertTrue(feed.changesSince(owner, SyncCursor.START, 10).changes().isEmpty());
    assertEquals(1, feed.changesSince(other, SyncCursor.START, 10).changes().size(), "other users keep theirs");
    probe.write(owner, "b", 1, false, 0);
    assertEquals(1, feed.changesSince(owner, SyncCursor.START, 10).changes().get(0).seq(), "the sequence starts anew");
  }

  @Test
  void aChangeCannotBeLoggedOutsideTheWritersTransaction() {
    // The test method runs without a transaction: MANDATORY refuses, instead of committing the entry alone.
    assertThrows(EJBTransactionRequiredException.class,
        () -> changeLog.upserted(new AccountId(UUID.randomUUID()), ChangeLog.Entity.RULE, "x", 1));
  }

  @Test
  void everyWriteOfTheContextRefusesAnOwnerWhoseAccountIsGone() {
    AccountId gone = new AccountId(UUID.randomUUID());

    assertThrows(AccountGoneException.class, () -> probe.write(gone, "x", 1, false, 0));
    // A service of the context (every one logs its writes): refused, and nothing was stored for nobody.
    assertThrows(AccountGoneException.class, () -> categories.create(gone, new NewCategory("medical", "Orphans", null)));
    assertTrue(categories.tree(gone).stream().noneMatch(c -> "Orphans".equals(c.name())));
    // The users context: a profile update for an account that is gone.
    assertThrows(AccountGoneException.class,
        () -> profiles.update(gone, new ProfilePatch("Nobody", null, null, null, null, null, null)));
  }

  @Test
  void aDeletionWaitsForAWriteInFlightThenErasesItAndLaterWritesAreRefused() throws Exception {
    String email = "gone-" + UUID.randomUUID() + "@example.com";
    AccountId owner = probe.newAccount(email, PASSWORD);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // The write holds its transaction open for a while after logging, as a slow request would.
      Future<Long> write = pool.submit(() -> {
        probe.write(owner, "in-flight", 1, false, 1_500);
        return System.nanoTime();
      });
      Thread.sleep(300);
      Future<Long> deletion = pool.submit(() -> {
        accounts.deleteAccount(owner, PASSWORD);
        return System.nanoTime();
      });
      long written = write.get(60, TimeUnit.SECONDS);
      long deleted = deletion.get(60, TimeUnit.SECONDS);

      assertTrue(deleted > written, "the deletion committed after the write in flight");
      assertTrue(feed.changesSince(owner, SyncCursor.START, 10).changes().isEmpty(), "and erased what it wrote");
      assertThrows(AccountGoneException.class, () -> probe.write(owner, "late", 1, false, 0));
    } finally {
      pool.shutdownNow();
    }
  }

  private AccountId account() {
    return probe.newAccount("feed-" + UUID.randomUUID() + "@example.com", PASSWORD);
  }

  /** A client: pages the feed and applies what it gets. */
  private final class Reader {
    final AccountId owner;
    final Map<String, State> state = new java.util.HashMap<>();
    SyncCursor cursor = SyncCursor.START;
    long lastSeq;
    int pagesDuringWrites;

    Reader(AccountId owner) {
      this.owner = owner;
    }

    boolean page(int limit) {
      FeedPage page = feed.changesSince(owner, cursor, limit);
      for (FeedPage.FeedEntry entry : page.changes()) {
        assertTrue(entry.seq() > lastSeq, "sequence numbers only increase");
        lastSeq = entry.seq();
        state.put(entry.id(), new State(entry.version(), entry.deleted()));
      }
      cursor = page.next();
      pagesDuringWrites++;
      return page.hasMore();
    }

    Reader pageToEnd() {
      while (page(50)) {
        // next page
      }
      return this;
    }
  }
}
