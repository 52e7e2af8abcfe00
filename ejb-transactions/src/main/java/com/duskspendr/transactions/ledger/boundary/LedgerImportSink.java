package com.duskspendr.transactions.ledger.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.failure.DomainException;
import com.duskspendr.transactions.imports.boundary.DuplicateKey;
import com.duskspendr.transactions.imports.boundary.ImportSink;
import com.duskspendr.transactions.imports.boundary.LineFailure;
import com.duskspendr.transactions.imports.boundary.ParsedLine;
import com.duskspendr.transactions.imports.boundary.StoredTransactionKey;
import com.duskspendr.transactions.ledger.entity.TransactionRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where statement import stores what it found new: each line through {@link TransactionService#create}, so
 * that validation, categorization, the change log and the domain event are exactly those of any create.
 *
 * <p>NOT_SUPPORTED: every create then runs in the service's own transaction, one per line, so a line the
 * ledger refuses rolls back only itself. Refusals (invalid values, an external id stored meanwhile by a
 * concurrent import) become line failures; anything else (the database is gone) ends the import with the
 * lines before it stored, which a re-import then skips as duplicates.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerImportSink implements ImportSink {

  @Inject TransactionService transactions;
  @Inject TransactionRepository repository;

  @Override
  public Collection<StoredTransactionKey> existing(AccountId owner, LocalDate from, LocalDate to) {
    return repository.keysBetween(owner.value(), from, to).stream()
        .map(k -> new StoredTransactionKey(
            k.externalId(), new DuplicateKey(k.date(), k.amount(), k.currency().strip(), k.merchantName())))
        .toList();
  }

  @Override
  public List<LineFailure> store(AccountId owner, List<ParsedLine> lines) {
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
