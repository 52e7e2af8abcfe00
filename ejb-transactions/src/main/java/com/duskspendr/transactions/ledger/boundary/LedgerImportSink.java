package com.duskspendr.transactions.ledger.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.failure.DomainException;
import com.duskspendr.transactions.imports.boundary.DuplicateKey;
import com.duskspendr.transactions.imports.boundary.ImportSink;
import com.duskspendr.transactions.imports.boundary.LineFailure;
import com.duskspendr.transactions.imports.boundary.ParsedLine;
import com.duskspendr.transactions.imports.boundary.StoredLines;
import com.duskspendr.transactions.imports.boundary.StoredTransactionKey;
import com.duskspendr.transactions.categories.boundary.CategoryCatalog;
import com.duskspendr.transactions.ledger.control.Categories;
import com.duskspendr.transactions.ledger.control.ImportBatches;
import com.duskspendr.transactions.ledger.control.TransactionValidator;
import com.duskspendr.transactions.ledger.control.ValidNewTransaction;
import com.duskspendr.transactions.ledger.entity.TransactionRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Where statement import stores what it found new. Each line is validated exactly as {@link
 * TransactionService#create} validates a request; the valid ones of a call are stored together by {@link
 * ImportBatches} (one transaction, JDBC batches, the outbox and change log as a create writes them), so a
 * file of 10,000 lines costs a few dozen transactions instead of 10,000.
 *
 * <p>NOT_SUPPORTED: the batch runs in a transaction of its own. When the batch is refused (an external id
 * stored meanwhile by a concurrent import of the same file), its lines are stored again one by one through
 * {@link TransactionService#create}, so that only the line at fault becomes a failure. Anything else (the
 * database is gone) ends the import with the batches before it stored, which a re-import then skips as
 * duplicates.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerImportSink implements ImportSink {

  private static final Logger LOG = Logger.getLogger(LedgerImportSink.class.getName());

  @Inject TransactionService transactions;
  @Inject TransactionRepository repository;
  @Inject ImportBatches batches;
  @Inject CategoryCatalog catalog;

  Clock clock = Clock.systemUTC();

  @Override
  public Collection<StoredTransactionKey> existing(AccountId owner, LocalDate from, LocalDate to) {
    return repository.keysBetween(owner.value(), from, to).stream()
        .map(k -> new StoredTransactionKey(
            k.externalId(), new DuplicateKey(k.date(), k.amount(), k.currency().strip(), k.merchantName())))
        .toList();
  }

  @Override
  public StoredLines store(AccountId owner, List<ParsedLine> lines) {
    List<LineFailure> failures = new ArrayList<>();
    List<ParsedLine> validLines = new ArrayList<>();
    List<ValidNewTransaction> valid = new ArrayList<>();
    TransactionValidator validator = new TransactionValidator(clock);
    Categories categories = Categories.of(catalog, owner);
    for (ParsedLine line : lines) {
      try {
        // Every imported line names its currency, so the user's default is never asked for.
        valid.add(validator.validate(newTransaction(line), line::currency, categories));
        validLines.add(line);
      } catch (DomainException refused) {
        failures.add(new LineFailure(line.line(), issueOf(refused)));
      }
    }
    if (valid.isEmpty()) {
      return new StoredLines(0, 0, failures);
    }
    try {
      int stored = (int) batches.record(owner, valid).stream().filter(Boolean::booleanValue).count();
      return new StoredLines(stored, valid.size() - stored, failures);
    } catch (RuntimeException refused) {
      LOG.log(Level.FINE, "A batch of " + valid.size() + " lines was refused; storing them one by one", refused);
      List<LineFailure> oneByOne = storeOneByOne(owner, validLines);
      failures.addAll(oneByOne);
      failures.sort(java.util.Comparator.comparingInt(LineFailure::line));
      return new StoredLines(validLines.size() - oneByOne.size(), 0, failures);
    }
  }

  private List<LineFailure> storeOneByOne(AccountId owner, List<ParsedLine> lines) {
    List<LineFailure> failures = new ArrayList<>();
    for (ParsedLine line : lines) {
      try {
        transactions.create(owner, newTransaction(line), null);
      } catch (DomainException refused) {
        failures.add(new LineFailure(line.line(), issueOf(refused)));
      }
    }
    return failures;
  }

  static NewTransaction newTransaction(ParsedLine line) {
    return new NewTransaction(
        null,
        line.amount(),
        line.currency(),
        line.date().toString(),
        null,
        line.merchant(),
        line.description(),
        null,
        Source.BANK_IMPORT.wireName(),
        null,
        null,
        line.externalId());
  }

  /** The ledger's field names are those of the API's transaction ({@code merchantName}), which users know. */
  static String issueOf(DomainException refused) {
    if (refused.issues().isEmpty()) {
      return refused.getMessage();
    }
    return refused.issues().stream()
        .map(issue -> issue.field() + " " + issue.issue())
        .collect(Collectors.joining("; "));
  }
}
