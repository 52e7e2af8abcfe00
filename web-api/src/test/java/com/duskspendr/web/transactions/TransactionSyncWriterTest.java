package com.duskspendr.web.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.ledger.boundary.Categorization;
import com.duskspendr.transactions.ledger.boundary.CategorizationStatus;
import com.duskspendr.transactions.ledger.boundary.CreatedTransaction;
import com.duskspendr.transactions.ledger.boundary.NewTransaction;
import com.duskspendr.transactions.ledger.boundary.RecordedTransaction;
import com.duskspendr.transactions.ledger.boundary.Source;
import com.duskspendr.transactions.ledger.boundary.TransactionListRequest;
import com.duskspendr.transactions.ledger.boundary.TransactionPage;
import com.duskspendr.transactions.ledger.boundary.TransactionPatch;
import com.duskspendr.transactions.ledger.boundary.TransactionService;
import com.duskspendr.transactions.sync.boundary.ChangeFeed;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.transactions.sync.boundary.FeedPage;
import com.duskspendr.transactions.sync.boundary.SyncCursor;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.web.api.ApiJson;
import com.duskspendr.web.sync.WriteOutcome;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How pushed changes become ledger calls, and what the ledger is never asked. */
class TransactionSyncWriterTest {

  private static final AccountId OWNER = new AccountId(UUID.randomUUID());
  private static final UUID ID = UUID.fromString("0b7c1f8e-3b1a-4c55-9a77-2f1d3c4b5a69");

  private final RecordingLedger ledger = new RecordingLedger();
  private final TransactionSyncWriter writer = new TransactionSyncWriter();
  private Set<String> tombstones = Set.of();

  @BeforeEach
  void wire() {
    boolean binds;
    try {
      ApiJson.jsonb();
      binds = true;
    } catch (RuntimeException | LinkageError noImplementation) {
      binds = false;
    }
    assumeTrue(binds, "JSON-B implementation on the test class path");
    writer.transactions = ledger;
    writer.feed = new ChangeFeed() {
      @Override
      public FeedPage changesSince(AccountId owner, SyncCursor since, int limit) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<FeedPage.FeedEntry> lastChange(AccountId owner, ChangeLog.Entity entity, String id) {
        return tombstones.contains(id) ? Optional.of(new FeedPage.FeedEntry(entity, id, 3, true, 9)) : Optional.empty();
      }

      @Override
      public long lastSeq(AccountId owner) {
        throw new UnsupportedOperationException();
      }
    };
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  @Test
  void anUpsertWithoutBaseVersionCreatesWithTheChangesIdInCanonicalForm() {
    WriteOutcome outcome = writer.upsert(OWNER, ID.toString().toUpperCase(), null,
        json("{\"amount\": \"-3.5\", \"date\": \"2024-01-02\", \"source\": \"sms\"}"));

    assertEquals(new WriteOutcome.Applied(1), outcome);
    assertEquals(ID.toString(), ledger.created.id());
    assertEquals(new BigDecimal("-3.5"), ledger.created.amount());
    assertEquals("sms", ledger.created.source());
  }

  @Test
  void aCreateOfARecordDeletedUnderItsCanonicalIdIsAConflict() {
    tombstones = Set.of(ID.toString());

    WriteOutcome outcome = writer.upsert(OWNER, ID.toString().toUpperCase(), null, json("{\"amount\": 1, \"date\": \"2024-01-02\"}"));

    assertInstanceOf(WriteOutcome.Conflict.class, outcome);
    assertNull(ledger.created);
  }

  @Test
  void unknownFieldsAndAnIdOtherThanTheChangesAreRejectedBeforeTheLedger() {
    assertEquals(rejected("colour", "unknown field"),
        writer.upsert(OWNER, ID.toString(), null, json("{\"amount\": 1, \"date\": \"2024-01-02\", \"colour\": \"red\"}")));
    assertEquals(rejected("source", "unknown field"), writer.upsert(OWNER, ID.toString(), 2L, json("{\"source\": \"sms\"}")));
    assertEquals(rejected("id", "differs from the change's id"),
        writer.upsert(OWNER, ID.toString(), null, json("{\"id\": \"" + UUID.randomUUID() + "\", \"amount\": 1}")));
    assertEquals(rejected("version", "differs from the change's baseVersion"),
        writer.upsert(OWNER, ID.toString(), 2L, json("{\"notes\": \"x\", \"version\": 1}")));
    assertEquals(rejected("id", "must be a UUID"), writer.upsert(OWNER, "phone-1", null, json("{\"amount\": 1}")));
    assertNull(ledger.created);
    assertNull(ledger.patched);
  }

  @Test
  void anUpsertWithBaseVersionPatchesExpectingIt() {
    WriteOutcome outcome = writer.upsert(OWNER, ID.toString(), 4L, json("{\"notes\": \"lunch\", \"version\": 4}"));

    assertEquals(new WriteOutcome.Applied(5), outcome);
    assertEquals("lunch", ledger.patched.notes());
    assertEquals(4L, ledger.expected);
  }

  @Test
  void aDeleteExpectsTheBaseVersionAndAnswersTheTombstonesVersion() {
    assertEquals(new WriteOutcome.Applied(8), writer.delete(OWNER, ID.toString(), 7));
    assertEquals(7L, ledger.expected);
    assertInstanceOf(WriteOutcome.Missing.class, writer.delete(OWNER, "not-a-uuid", 7));
    assertInstanceOf(WriteOutcome.Missing.class, writer.upsert(OWNER, "not-a-uuid", 7L, json("{\"notes\": \"x\"}")));
  }

  private static WriteOutcome rejected(String field, String issue) {
    return new WriteOutcome.Rejected(List.of(new FieldIssue(field, issue)));
  }

  /** The ledger, answering every call with version (expected + 1) and remembering what it was asked. */
  private static final class RecordingLedger implements TransactionService {
    NewTransaction created;
    TransactionPatch patched;
    Long expected;

    @Override
    public CreatedTransaction create(AccountId owner, NewTransaction transaction, String idempotencyKey) {
      created = transaction;
      return new CreatedTransaction(recorded(1), false);
    }

    @Override
    public RecordedTransaction update(AccountId owner, UUID id, TransactionPatch patch, Long expectedVersion) {
      patched = patch;
      expected = expectedVersion;
      return recorded(expectedVersion + 1);
    }

    @Override
    public void delete(AccountId owner, UUID id, Long expectedVersion) {
      expected = expectedVersion;
    }

    @Override
    public RecordedTransaction get(AccountId owner, UUID id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<RecordedTransaction> getAll(AccountId owner, Collection<UUID> ids) {
      throw new UnsupportedOperationException();
    }

    @Override
    public TransactionPage list(AccountId owner, TransactionListRequest request) {
      throw new UnsupportedOperationException();
    }

    private static RecordedTransaction recorded(long version) {
      return new RecordedTransaction(ID, OWNER, new BigDecimal("-3.50"), "USD", LocalDate.of(2024, 1, 2), null, null,
          null, null, Source.MANUAL, null, List.of(), null,
          new Categorization(CategorizationStatus.PENDING, null, null), version, null, null, null);
    }
  }
}
