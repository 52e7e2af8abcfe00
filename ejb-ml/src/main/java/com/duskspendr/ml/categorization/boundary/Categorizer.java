package com.duskspendr.ml.categorization.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.ml.categorization.control.CategorizationMessage;
import com.duskspendr.ml.categorization.control.Decision;
import com.duskspendr.ml.categorization.control.DecisionOrder;
import com.duskspendr.ml.categorization.control.DecisionOrder.KnownAnswer;
import com.duskspendr.ml.categorization.control.DecisionOrder.ModelAnswer;
import com.duskspendr.ml.classifier.control.KnownMerchants;
import com.duskspendr.ml.classifier.control.TransactionText;
import com.duskspendr.ml.models.boundary.ModelRegistry;
import com.duskspendr.ml.models.control.LoadedModel;
import com.duskspendr.transactions.categories.boundary.CategoryCatalog;
import com.duskspendr.transactions.categories.boundary.MerchantRules;
import com.duskspendr.transactions.categories.boundary.RuleMatch;
import com.duskspendr.transactions.ledger.boundary.AutomaticCategorization;
import com.duskspendr.transactions.ledger.boundary.CorrectionHistory;
import com.duskspendr.transactions.ledger.boundary.CorrectionHistory.PastCorrection;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import com.duskspendr.transactions.ledger.boundary.AutomaticFiling;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Categorizes for one user, in the decision order of {@link DecisionOrder}: for the API (an answer only)
 * and for the queue (the answer written back to the ledger in the caller's transaction).
 */
@Stateless
public class Categorizer {

  /** The share of the model's filings that should be right; the thresholds at both levels follow from it. */
  @Inject
  @ConfigProperty(name = "duskspendr.ml.target-precision", defaultValue = "0.95")
  double targetPrecision;

  /** What a known-merchant answer is given as confidence: its precision on the development set is about this. */
  @Inject
  @ConfigProperty(name = "duskspendr.ml.known-merchant-confidence", defaultValue = "0.97")
  double knownMerchantConfidence;

  @Inject
  @ConfigProperty(name = "duskspendr.ml.suggestions", defaultValue = "3")
  int suggestions;

  @Inject MerchantRules rules;
  @Inject CorrectionHistory corrections;
  @Inject CategoryCatalog catalog;
  @Inject AutomaticCategorization ledger;
  @EJB ModelRegistry models;

  public Decision decide(AccountId owner, TransactionText text) {
    return decide(
        text,
        rules.ruleFor(owner, text.merchantName()),
        corrections.latestFor(owner, text.merchantName()),
        models::current,
        categoryId -> catalog.exists(owner, categoryId));
  }

  private Decision decide(
      TransactionText text,
      Optional<RuleMatch> rule,
      Optional<PastCorrection> correction,
      Supplier<Optional<LoadedModel>> model,
      Predicate<String> categoryExists) {
    return new DecisionOrder(targetPrecision, suggestions, knownMerchantConfidence).decide(
        rule,
        correction,
        () -> KnownMerchants.standard().lookup(text)
            .map(merchant -> new KnownAnswer(KnownMerchants.standard().version(), merchant)),
        () -> hasWords(text)
            ? model.get().map(m -> new ModelAnswer(m.version(), m.model().predict(text), m.model().calibration()))
            : Optional.empty(),
        categoryExists);
  }

  /** Decides and files a queued transaction (a no-op when it is no longer pending). */
  public AutomaticCategorization.Outcome categorize(CategorizationMessage message) {
    Decision decision = decide(message.owner(), message.text());
    return ledger.file(message.owner(), message.transactionId(), decision.toFiling());
  }

  /**
   * Decides and files a batch of one user's queued transactions, written back together (one transaction,
   * batched change log and events). Each decision is the one a single request would get, with the user's
   * rules and their corrections for the batch's merchants read once for the whole batch, each category
   * checked once, and the same model for every line.
   */
  public Map<UUID, AutomaticCategorization.Outcome> categorizeAll(List<CategorizationMessage> messages) {
    AccountId owner = messages.get(0).owner();
    Function<String, Optional<RuleMatch>> ruleOf = rules.ruleMatcherFor(owner);
    Function<String, Optional<PastCorrection>> correctionOf = corrections.latestForAll(
        owner, messages.stream().map(m -> m.text().merchantName()).filter(Objects::nonNull).toList());
    Supplier<Optional<LoadedModel>> model = new Supplier<>() {
      // asked at most once, and only when a line gets as far as the model: the same model for the batch
      private Optional<LoadedModel> current;

      @Override
      public Optional<LoadedModel> get() {
        if (current == null) {
          current = models.current();
        }
        return current;
      }
    };
    Map<String, Boolean> known = new HashMap<>();
    Predicate<String> categoryExists =
        categoryId -> known.computeIfAbsent(categoryId, c -> catalog.exists(owner, c));
    Map<UUID, AutomaticFiling> filings = new LinkedHashMap<>();
    for (CategorizationMessage message : messages) {
      TransactionText text = message.text();
      Decision decision = decide(
          text, ruleOf.apply(text.merchantName()), correctionOf.apply(text.merchantName()), model, categoryExists);
      filings.put(message.transactionId(), decision.toFiling());
    }
    return ledger.fileAll(owner, filings);
  }

  /** Without a merchant or a description the model would guess from the amount alone: it is not asked. */
  private static boolean hasWords(TransactionText text) {
    return (text.merchantName() != null && !text.merchantName().isBlank())
        || (text.description() != null && !text.description().isBlank());
  }

  /** For callers that show which model would answer. */
  public Optional<String> modelVersion() {
    return models.current().map(m -> m.version());
  }
}
