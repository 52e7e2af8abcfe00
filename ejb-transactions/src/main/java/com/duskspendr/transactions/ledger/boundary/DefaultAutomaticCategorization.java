package com.duskspendr.transactions.ledger.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.categories.boundary.CategoryCatalog;
import com.duskspendr.transactions.ledger.control.AutomaticFilings;
import com.duskspendr.transactions.ledger.control.LedgerChanges;
import com.duskspendr.transactions.ledger.control.SuggestionsJson;
import com.duskspendr.transactions.ledger.entity.Transaction;
import com.duskspendr.transactions.ledger.entity.TransactionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import com.duskspendr.platform.failure.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the categorizer's decisions. The row is locked before its status is read, so a user's update and
 * a filing of the same transaction serialize: whichever comes second sees the first one's result (a user
 * who chose meanwhile makes the filing a no-op).
 */
@Stateless
public class DefaultAutomaticCategorization implements AutomaticCategorization {

  /** The column's scale: NUMERIC(5, 4). */
  private static final int CONFIDENCE_SCALE = 4;

  @Inject TransactionRepository transactions;
  @Inject CategoryCatalog catalog;
  @Inject LedgerChanges ledgerChanges;

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(DefaultAutomaticCategorization.class.getName());

  @Override
  public Outcome file(AccountId owner, UUID transactionId, AutomaticFiling filing) {
    AutomaticFilings.validate(filing, categoryId -> catalog.exists(owner, categoryId));
    Optional<Transaction> found = transactions.findForUpdate(owner.value(), transactionId);
    if (found.isEmpty()) {
      return Outcome.NOT_FOUND;
    }
    Transaction transaction = found.get();
    CategorizationStatus current = CategorizationStatus.fromWireName(transaction.categorizationStatus());
    if (AutomaticFilings.decide(current, transaction.categorizationSuggestions(), filing)
        == AutomaticFilings.Verdict.ALREADY_DECIDED) {
      return Outcome.ALREADY_DECIDED;
    }
    LedgerChanges.Before before = LedgerChanges.Before.of(transaction);
    transaction.categorize(
        filing.categoryId(), filing.status().wireName(), scaled(filing.confidence()), filing.modelVersion());
    transaction.suggest(SuggestionsJson.write(filing.suggestions()));
    transactions.flush();
    ledgerChanges.changed(owner, transaction, before);
    return Outcome.FILED;
  }

  @Override
  public Map<UUID, Outcome> fileAll(AccountId owner, Map<UUID, AutomaticFiling> filings) {
    Map<UUID, Outcome> outcomes = new LinkedHashMap<>();
    Map<UUID, AutomaticFiling> wellFormed = new LinkedHashMap<>();
    // A batch names few distinct categories: each is looked up once (an own category costs a read).
    Map<String, Boolean> known = new HashMap<>();
    filings.forEach((id, filing) -> {
      try {
        AutomaticFilings.validate(
            filing, categoryId -> known.computeIfAbsent(categoryId, c -> catalog.exists(owner, c)));
        wellFormed.put(id, filing);
      } catch (InvalidInputException malformed) {
        LOG.warning(() -> "Skipped a filing of transaction " + id + ": " + malformed.getMessage());
        outcomes.put(id, Outcome.ALREADY_DECIDED);
      }
    });
    Map<UUID, Transaction> locked = new HashMap<>();
    transactions.findAllForUpdate(owner.value(), wellFormed.keySet()).forEach(t -> locked.put(t.id(), t));
    List<LedgerChanges.Changed> changed = new ArrayList<>();
    List<Transaction> filed = new ArrayList<>();
    wellFormed.forEach((id, filing) -> {
      Transaction transaction = locked.get(id);
      if (transaction == null) {
        outcomes.put(id, Outcome.NOT_FOUND);
        return;
      }
      CategorizationStatus current = CategorizationStatus.fromWireName(transaction.categorizationStatus());
      if (AutomaticFilings.decide(current, transaction.categorizationSuggestions(), filing)
          == AutomaticFilings.Verdict.ALREADY_DECIDED) {
        outcomes.put(id, Outcome.ALREADY_DECIDED);
        return;
      }
      LedgerChanges.Before before = LedgerChanges.Before.of(transaction);
      transaction.categorize(
          filing.categoryId(), filing.status().wireName(), scaled(filing.confidence()), filing.modelVersion());
      transaction.suggest(SuggestionsJson.write(filing.suggestions()));
      filed.add(transaction);
      changed.add(new LedgerChanges.Changed(transaction, before));
      outcomes.put(id, Outcome.FILED);
    });
    if (!changed.isEmpty()) {
      // the rows were read and locked with plain JDBC; one batched UPDATE writes them all
      transactions.fileAll(filed);
      ledgerChanges.changedAll(owner, changed);
    }
    return outcomes;
  }

  private static BigDecimal scaled(BigDecimal confidence) {
    return confidence == null ? null : confidence.setScale(CONFIDENCE_SCALE, RoundingMode.HALF_EVEN);
  }
}
