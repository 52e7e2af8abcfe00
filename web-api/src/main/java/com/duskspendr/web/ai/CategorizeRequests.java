package com.duskspendr.web.ai;

import com.duskspendr.ml.classifier.control.TransactionText;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks categorize requests (the same limits as a transaction's fields) and turns them into what the
 * categorizer reads. Every problem is reported at once, with its JSON path ({@code items[3].amount}).
 */
final class CategorizeRequests {

  static final int MAX_BATCH = 500;
  private static final int MAX_MERCHANT = 200;
  private static final int MAX_DESCRIPTION = 500;
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

  private CategorizeRequests() {}

  static TransactionText one(CategorizeRequest request) {
    List<FieldIssue> issues = new ArrayList<>();
    check(request, "", issues);
    throwIfAny(issues);
    return text(request);
  }

  static List<TransactionText> batch(CategorizeBatchRequest request) {
    List<FieldIssue> issues = new ArrayList<>();
    List<CategorizeRequest> items = request.items();
    if (items == null || items.isEmpty()) {
      issues.add(new FieldIssue("items", "must hold 1 to " + MAX_BATCH + " items"));
    } else if (items.size() > MAX_BATCH) {
      issues.add(new FieldIssue("items", "must hold at most " + MAX_BATCH + " items, not " + items.size()));
    } else {
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) == null) {
          issues.add(new FieldIssue("items[" + i + "]", "is required"));
        } else {
          check(items.get(i), "items[" + i + "].", issues);
        }
      }
    }
    throwIfAny(issues);
    return items.stream().map(CategorizeRequests::text).toList();
  }

  private static void check(CategorizeRequest request, String prefix, List<FieldIssue> issues) {
    String merchant = request.merchantName();
    if (merchant == null || merchant.isBlank()) {
      issues.add(new FieldIssue(prefix + "merchantName", "is required"));
    } else if (merchant.strip().length() > MAX_MERCHANT) {
      issues.add(new FieldIssue(prefix + "merchantName", "must be at most " + MAX_MERCHANT + " characters"));
    }
    if (request.description() != null && request.description().strip().length() > MAX_DESCRIPTION) {
      issues.add(new FieldIssue(prefix + "description", "must be at most " + MAX_DESCRIPTION + " characters"));
    }
    if (request.amount() == null) {
      issues.add(new FieldIssue(prefix + "amount", "is required"));
    } else if (request.amount().abs().compareTo(MAX_AMOUNT) > 0) {
      issues.add(new FieldIssue(prefix + "amount", "must be within ±1000000000"));
    }
  }

  private static TransactionText text(CategorizeRequest request) {
    String description = request.description() == null || request.description().isBlank()
        ? null : request.description().strip();
    return new TransactionText(request.merchantName().strip(), description, request.amount());
  }

  private static void throwIfAny(List<FieldIssue> issues) {
    if (!issues.isEmpty()) {
      throw new InvalidInputException(issues);
    }
  }
}
