package com.duskspendr.transactions.ledger.control;

import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.transactions.ledger.boundary.AutomaticFiling;
import com.duskspendr.transactions.ledger.boundary.CategorizationStatus;
import com.duskspendr.transactions.ledger.boundary.Suggestion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The rules of automatic filing: which filings are well-formed, and whether one may change a transaction.
 * Only a {@code pending} transaction is ever changed, so that the user's choice ({@code manual}) and an
 * earlier filing stand, and a redelivered request is harmless.
 */
public final class AutomaticFilings {

  /** Whether to write. */
  public enum Verdict {
    WRITE,
    ALREADY_DECIDED
  }

  private AutomaticFilings() {}

  /** @throws InvalidInputException with every problem of the filing */
  public static void validate(AutomaticFiling filing, Predicate<String> categoryExists) {
    List<FieldIssue> issues = new ArrayList<>();
    CategorizationStatus status = filing.status();
    if (status == CategorizationStatus.MANUAL) {
      issues.add(new FieldIssue("status", "manual is the user's own choice, never automatic"));
    } else if (status == CategorizationStatus.PENDING) {
      if (filing.categoryId() != null) {
        issues.add(new FieldIssue("categoryId", "must be absent while pending"));
      }
    } else if (filing.categoryId() == null) {
      issues.add(new FieldIssue("categoryId", "is required to file"));
    } else if (!categoryExists.test(filing.categoryId())) {
      issues.add(new FieldIssue("categoryId", "does not exist"));
    }
    if (!isProbability(filing.confidence())) {
      issues.add(new FieldIssue("confidence", "must be between 0 and 1"));
    }
    for (int i = 0; i < filing.suggestions().size(); i++) {
      Suggestion s = filing.suggestions().get(i);
      if (s.categoryId() == null || !categoryExists.test(s.categoryId())) {
        issues.add(new FieldIssue("suggestions[" + i + "].categoryId", "does not exist"));
      }
      if (s.confidence() == null || !isProbability(s.confidence())) {
        issues.add(new FieldIssue("suggestions[" + i + "].confidence", "must be between 0 and 1"));
      }
    }
    if (!issues.isEmpty()) {
      throw new InvalidInputException(issues);
    }
  }

  /**
   * @param currentStatus the stored status
   * @param currentSuggestions the stored suggestions (JSON as stored), null for none
   */
  public static Verdict decide(CategorizationStatus currentStatus, String currentSuggestions, AutomaticFiling filing) {
    if (currentStatus != CategorizationStatus.PENDING) {
      return Verdict.ALREADY_DECIDED;
    }
    if (filing.status() == CategorizationStatus.PENDING
        && Objects.equals(currentSuggestions, SuggestionsJson.write(filing.suggestions()))) {
      // Still pending with the very same suggestions: a redelivery, or nothing new to show.
      return Verdict.ALREADY_DECIDED;
    }
    return Verdict.WRITE;
  }

  private static boolean isProbability(BigDecimal value) {
    return value == null || (value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0);
  }
}
