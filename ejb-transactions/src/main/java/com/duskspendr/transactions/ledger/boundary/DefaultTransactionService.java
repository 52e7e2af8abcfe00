package com.duskspendr.transactions.ledger.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.outbox.Outbox;
import com.duskspendr.transactions.budgets.boundary.BudgetAlerts;
import com.duskspendr.transactions.categories.boundary.CategoryCatalog;
import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.transactions.events.CategorizationRequested;
import com.duskspendr.transactions.events.TransactionRecorded;
import com.duskspendr.transactions.events.TransactionRemoved;
import com.duskspendr.transactions.ledger.control.Categories;
import com.duskspendr.transactions.ledger.control.CategoryCorrections;
import com.duskspendr.transactions.ledger.control.FieldVersions;
import com.duskspendr.transactions.ledger.control.IdempotencyDecision;
import com.duskspendr.transactions.ledger.control.KeysetCursor;
import com.duskspendr.transactions.ledger.control.LedgerChanges;
import com.duskspendr.transactions.ledger.control.RequestFingerprint;
import com.duskspendr.transactions.ledger.control.TransactionAssembler;
import com.duskspendr.transactions.ledger.control.TransactionValidator;
import com.duskspendr.transactions.ledger.control.ValidChanges;
import com.duskspendr.transactions.ledger.control.ValidNewTransaction;
import com.duskspendr.transactions.ledger.entity.CategoryCorrection;
import com.duskspendr.transactions.ledger.entity.CategoryCorrectionRepository;
import com.duskspendr.transactions.ledger.entity.IdempotencyKeyRepository;
import com.duskspendr.transactions.ledger.entity.Transaction;
import com.duskspendr.transactions.ledger.entity.TransactionCriteria;
import com.duskspendr.transactions.ledger.entity.TransactionRepository;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.users.boundary.ProfileService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ledger use cases, each in one transaction together with its change-log entry, its domain event
 * and its categorization request (both stored in the platform outbox): all of them happen, or none.
 *
 * <p>Updates and deletes lock the row before comparing versions, so two writers holding the same version
 * cannot both pass the check: the second waits, then sees the first's version and its per-field versions
 * ({@link FieldVersions}); if the first changed one of the fields the second changes, the second gets a
 * conflict that carries the current state, otherwise it is applied on top.
 */
@Stateless
public class DefaultTransactionService implements TransactionService {

  private static final String UNIQUE_VIOLATION = "23505";

  @Inject TransactionRepository transactions;
  @Inject IdempotencyKeyRepository idempotencyKeys;
  @Inject CategoryCorrectionRepository corrections;
  @Inject ProfileService profiles;
  @Inject Outbox outbox;

  @Inject ChangeLog changeLog;
  @Inject BudgetAlerts budgetAlerts;
  @Inject LedgerChanges ledgerChanges;

  @Inject CategoryCatalog catalog;

  @Inject
  @ConfigProperty(name = "duskspendr.transactions.idempotency-key-ttl", defaultValue = "PT24H")
  Duration idempotencyKeyTtl;

  Clock clock = Clock.systemUTC();

  @Override
  public CreatedTransaction create(AccountId owner, NewTransaction request, String idempotencyKey) {
    TransactionValidator validator = validator();
    String key = validator.idempotencyKey(idempotencyKey);
    ValidNewTransaction valid =
        validator.validate(request, () -> profiles.profileOf(owner).preferences().currency(), categories(owner));
    UUID id = valid.id() != null ? valid.id() : UUID.randomUUID();

    if (key != null) {
      String hash = RequestFingerprint.of(request);
      OffsetDateTime now = now();
      boolean claimed = idempotencyKeys.claim(owner.value(), key, hash, id, now, now.plus(idempotencyKeyTtl));
      var stored = claimed ? null : idempotencyKeys.find(owner.value(), key).orElse(null);
      switch (IdempotencyDecision.decide(claimed, stored, hash)) {
        case REPLAY:
          return new CreatedTransaction(existing(owner, stored.transactionId()), true);
        case CONFLICT:
          throw new ConflictException("This Idempotency-Key was already used for a different request", null);
        case CREATE:
        default:
          break;
      }
    }

    if (valid.id() != null) {
      Optional<Transaction> own = transactions.find(owner.value(), id);
      if (own.isPresent()) {
        return retryWithClientId(own.get(), valid);
      }
    }
    if (valid.externalId() != null && transactions.findByExternalId(owner.value(), valid.externalId()).isPresent()) {
      throw new ConflictException("A transaction with this externalId already exists", null);
    }

    Transaction transaction = TransactionAssembler.newTransaction(owner, id, valid);
    try {
      transactions.add(transaction);
    } catch (PersistenceException failure) {
      if (isUniqueViolation(failure)) {
        // A concurrent create with the same id or externalId won the race.
        throw new ConflictException("A transaction with this id or externalId already exists", null);
      }
      throw failure;
    }
    if (CategoryCorrections.onCreate(valid.categoryId()) == CategoryCorrections.Outcome.CORRECTED) {
      corrections.add(correction(transaction, null, valid.categoryId()));
    } else {
      outbox.publish(CategorizationRequested.EVENT, owner, TransactionAssembler.categorizationRequest(transaction));
    }
    alertBudgets(owner, transaction.categoryId(), transaction.date(), transaction.currency());
    outbox.publish(TransactionRecorded.EVENT, owner, TransactionAssembler.recorded(transaction));
    // Last: the change-log entry locks the user's change counter until commit (see DefaultChangeLog), so the
    // user's other writes wait only for this commit, not for the budget sums and sends above as well.
    reportUpsert(owner, transaction);
    return new CreatedTransaction(TransactionAssembler.toRecord(transaction), false);
  }

  /*
   * The reads need no transaction of their own (SUPPORTS): each is one SELECT, and a JTA transaction around it
   * cost the transaction manager's begin and commit plus a COMMIT round trip to PostgreSQL on every list page.
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public RecordedTransaction get(AccountId owner, UUID id) {
    return existing(owner, id);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<RecordedTransaction> getAll(AccountId owner, Collection<UUID> ids) {
    return transactions.findAll(owner.value(), ids).stream().map(TransactionAssembler::toRecord).toList();
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public TransactionPage list(AccountId owner, TransactionListRequest request) {
    TransactionCriteria criteria = validator().validate(owner.value(), request, categories(owner));
    List<Transaction> found = transactions.search(criteria);
    boolean more = found.size() > criteria.limit();
    List<Transaction> page = more ? found.subList(0, criteria.limit()) : found;
    String nextCursor = null;
    if (more) {
      Transaction last = page.get(page.size() - 1);
      nextCursor = new KeysetCursor(last.date(), last.id()).encode();
    }
    return new TransactionPage(page.stream().map(TransactionAssembler::toRecord).toList(), nextCursor);
  }

  @Override
  public RecordedTransaction update(AccountId owner, UUID id, TransactionPatch patch, Long expectedVersion) {
    Transaction transaction = locked(owner, id);
    ValidChanges changes =
        validator().validate(patch, transaction.amount(), transaction.currency(), categories(owner));
    Set<String> changing = changes.fieldsChanging(transaction, statusOf(transaction) == CategorizationStatus.MANUAL);
    FieldVersions fieldVersions = FieldVersions.parse(transaction.fieldVersions());
    if (expectedVersion != null) {
      refuseCollision(transaction, expectedVersion, fieldVersions.collision(changing, expectedVersion));
    }
    LedgerChanges.Before before = LedgerChanges.Before.of(transaction);
    String categoryBefore = before.categoryId();
    boolean changed = changes.applyTo(transaction);
    String chosen = changes.categoryId() == null ? categoryBefore : changes.categoryId().value();
    switch (CategoryCorrections.onUpdate(
        categoryBefore, statusOf(transaction), changes.categoryId() != null, chosen)) {
      case CORRECTED:
        corrections.add(correction(transaction, categoryBefore, chosen));
        transaction.categorize(chosen, CategorizationStatus.MANUAL.wireName(), null, null);
        changed = true;
        break;
      case CONFIRMED:
        transaction.categorize(chosen, CategorizationStatus.MANUAL.wireName(), null, null);
        changed = true;
        break;
      case NONE:
      default:
        break;
    }
    if (!changed) {
      return TransactionAssembler.toRecord(transaction);
    }
    // The flush below takes the row to the next version (numeric version locking adds one).
    transaction.recordFieldVersions(fieldVersions.changed(changing, transaction.version() + 1).toJson());
    transactions.flush();
    ledgerChanges.changed(owner, transaction, before);
    return TransactionAssembler.toRecord(transaction);
  }

  @Override
  public void delete(AccountId owner, UUID id, Long expectedVersion) {
    Transaction transaction = locked(owner, id);
    if (expectedVersion != null) {
      // A delete discards every field: it collides with any user change the client has not seen.
      long lastUserChange = FieldVersions.parse(transaction.fieldVersions()).lastUserChange();
      refuseCollision(
          transaction, expectedVersion, lastUserChange > expectedVersion ? Optional.of("the transaction") : Optional.empty());
    }
    long tombstoneVersion = transaction.version() + 1;
    transactions.remove(transaction);
    transactions.flush();
    alertBudgets(owner, transaction.categoryId(), transaction.date(), transaction.currency());
    outbox.publish(TransactionRemoved.EVENT, owner, TransactionAssembler.removed(transaction, tombstoneVersion));
    // Last, as in create: the change-log entry holds the user's change counter until commit.
    changeLog.deleted(owner, ChangeLog.Entity.TRANSACTION, id.toString(), tombstoneVersion);
  }

  /** A create repeating a client-chosen id: the same transaction again is a retry, anything else a conflict. */
  private CreatedTransaction retryWithClientId(Transaction own, ValidNewTransaction valid) {
    RecordedTransaction current = TransactionAssembler.toRecord(own);
    if (sameContent(own, valid)) {
      return new CreatedTransaction(current, true);
    }
    throw new ConflictException("A different transaction with this id exists", current);
  }

  private static boolean sameContent(Transaction t, ValidNewTransaction v) {
    return t.amount().compareTo(v.amount()) == 0
        && t.currency().equals(v.currency())
        && t.date().equals(v.date())
        && (t.bookedAt() == null ? v.bookedAt() == null : v.bookedAt() != null && t.bookedAt().isEqual(v.bookedAt()))
        && Objects.equals(t.merchantName(), v.merchantName())
        && Objects.equals(t.description(), v.description())
        && sameCategoryChoice(t, v)
        && t.source().equals(v.source().wireName())
        && Objects.equals(t.notes(), v.notes())
        && t.tags().equals(v.tags())
        && Objects.equals(t.externalId(), v.externalId());
  }

  /**
   * A request without a category asked for automatic categorization: whatever the categorizer filed since
   * is still that request's outcome, so a retry is the same request.
   */
  private static boolean sameCategoryChoice(Transaction t, ValidNewTransaction v) {
    if (v.categoryId() == null) {
      return t.categoryId() == null || statusOf(t) != CategorizationStatus.MANUAL;
    }
    return v.categoryId().equals(t.categoryId());
  }

  private Transaction locked(AccountId owner, UUID id) {
    return transactions.findForUpdate(owner.value(), id).orElseThrow(() -> new RecordNotFoundException("Transaction"));
  }

  /**
   * An edit based on an older version is applied unless a user changed one of its fields since (the
   * collision); the categorizer's writes never count. A version the server never had is always a conflict.
   */
  private static void refuseCollision(Transaction transaction, long expectedVersion, Optional<String> collision) {
    long current = transaction.version();
    if (expectedVersion == current || (expectedVersion < current && collision.isEmpty())) {
      return;
    }
    String what = expectedVersion > current ? "the transaction" : collision.get();
    throw new ConflictException(
        "The transaction was changed meanwhile (" + what + ", version " + current + ", not " + expectedVersion + ")",
        TransactionAssembler.toRecord(transaction));
  }

  private RecordedTransaction existing(AccountId owner, UUID id) {
    return transactions
        .find(owner.value(), id)
        .map(TransactionAssembler::toRecord)
        .orElseThrow(() -> new RecordNotFoundException("Transaction"));
  }

  private CategoryCorrection correction(Transaction t, String from, String to) {
    return new CategoryCorrection(t.userId(), t.id(), t.merchantName(), t.description(), from, to, now());
  }

  /**
   * Budgets over this category, date and currency re-evaluate their alerts; runs after the change is
   * flushed, since their spending is summed from the table.
   */
  private void alertBudgets(AccountId owner, String categoryId, LocalDate date, String currency) {
    budgetAlerts.transactionsChanged(owner, categoryId, date, currency);
  }

  private void reportUpsert(AccountId owner, Transaction transaction) {
    changeLog.upserted(owner, ChangeLog.Entity.TRANSACTION, transaction.id().toString(), transaction.version());
  }

  private static CategorizationStatus statusOf(Transaction t) {
    return CategorizationStatus.fromWireName(t.categorizationStatus());
  }

  private Categories categories(AccountId owner) {
    return Categories.of(catalog, owner);
  }

  private TransactionValidator validator() {
    return new TransactionValidator(clock);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  private static boolean isUniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
