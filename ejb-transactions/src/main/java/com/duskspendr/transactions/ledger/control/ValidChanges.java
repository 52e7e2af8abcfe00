package com.duskspendr.transactions.ledger.control;

import com.duskspendr.transactions.ledger.entity.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A validated patch. The category is not applied here: choosing one is a correction, which {@link
 * CategoryCorrections} decides.
 */
public record ValidChanges(
    Change<BigDecimal> amount,
    Change<String> currency,
    Change<LocalDate> date,
    Change<OffsetDateTime> bookedAt,
    Change<String> merchantName,
    Change<String> description,
    Change<String> categoryId,
    Change<String> notes,
    Change<List<String>> tags) {

  /**
   * Writes the present fields other than the category into the transaction.
   *
   * @return whether any value actually differs from what the transaction held
   */
  public boolean applyTo(Transaction transaction) {
    boolean changed = false;
    BigDecimal newAmount = amount == null ? transaction.amount() : amount.value();
    String newCurrency = currency == null ? transaction.currency() : currency.value();
    if (newAmount.compareTo(transaction.amount()) != 0 || !newCurrency.equals(transaction.currency())) {
      transaction.changeAmount(newAmount, newCurrency);
      changed = true;
    }
    if (date != null && !date.value().equals(transaction.date())) {
      transaction.changeDate(date.value());
      changed = true;
    }
    if (bookedAt != null && !sameInstant(bookedAt.value(), transaction.bookedAt())) {
      transaction.changeBookedAt(bookedAt.value());
      changed = true;
    }
    if (merchantName != null && !Objects.equals(merchantName.value(), transaction.merchantName())) {
      transaction.changeMerchantName(merchantName.value());
      changed = true;
    }
    if (description != null && !Objects.equals(description.value(), transaction.description())) {
      transaction.changeDescription(description.value());
      changed = true;
    }
    if (notes != null && !Objects.equals(notes.value(), transaction.notes())) {
      transaction.changeNotes(notes.value());
      changed = true;
    }
    if (tags != null && !tags.value().equals(transaction.tags())) {
      transaction.changeTags(tags.value());
      changed = true;
    }
    return changed;
  }

  private static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
    return a == null ? b == null : b != null && a.isEqual(b);
  }
}
