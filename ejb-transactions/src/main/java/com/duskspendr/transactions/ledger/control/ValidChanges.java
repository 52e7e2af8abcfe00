package com.duskspendr.transactions.ledger.control;

import com.duskspendr.transactions.ledger.entity.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
   * The fields (by their API names) this patch would give a value the transaction does not hold, the
   * category included when it would change or become the user's choice: what a stale patch can collide on.
   * Sending a field with the value it already has changes nothing and collides with nothing.
   *
   * @param manual whether the transaction's category already is the user's own choice
   */
  public Set<String> fieldsChanging(Transaction transaction, boolean manual) {
    Set<String> fields = new LinkedHashSet<>();
    if (amount != null && amount.value().compareTo(transaction.amount()) != 0) {
      fields.add("amount");
    }
    if (currency != null && !currency.value().equals(transaction.currency())) {
      fields.add("currency");
    }
    if (date != null && !date.value().equals(transaction.date())) {
      fields.add("date");
    }
    if (bookedAt != null && !sameInstant(bookedAt.value(), transaction.bookedAt())) {
      fields.add("bookedAt");
    }
    if (merchantName != null && !Objects.equals(merchantName.value(), transaction.merchantName())) {
      fields.add("merchantName");
    }
    if (description != null && !Objects.equals(description.value(), transaction.description())) {
      fields.add("description");
    }
    // As CategoryCorrections decides: a different category, or confirming the categorizer's as the user's own.
    if (categoryId != null
        && (!Objects.equals(categoryId.value(), transaction.categoryId()) || (!manual && categoryId.value() != null))) {
      fields.add("categoryId");
    }
    if (notes != null && !Objects.equals(notes.value(), transaction.notes())) {
      fields.add("notes");
    }
    if (tags != null && !tags.value().equals(transaction.tags())) {
      fields.add("tags");
    }
    return fields;
  }

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
