package com.duskspendr.web.transactions;

import com.duskspendr.transactions.ledger.boundary.TransactionPatch;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PATCH /api/v1/transactions/{id}}: only the fields present change; null or absent leaves a field
 * as it is, an empty string removes an optional text (bookedAt, merchantName, description, categoryId,
 * notes) and an empty list every tag. {@code version} (or the If-Match header) is the version the client's
 * copy has: a stale one is refused with the current state.
 */
@Schema(name = "PatchTransactionRequest")
public record PatchTransactionRequest(
    @Schema(type = SchemaType.STRING, example = "-12.50") BigDecimal amount,
    String currency,
    @Schema(format = "date") String date,
    @Schema(format = "date-time", description = "Empty string removes it") String bookedAt,
    @Schema(maxLength = 200) String merchantName,
    @Schema(maxLength = 500) String description,
    @Schema(maxLength = 100, description = "Changing it is a correction: recorded, and the category becomes manual")
        String categoryId,
    @Schema(maxLength = 2000) String notes,
    @Schema(maxItems = 20) List<String> tags,
    @Schema(description = "Expected current version (alternative to If-Match)") Long version) {

  /**
   * Declared explicitly, unannotated: an implicit constructor would carry the components' schema
   * annotations on its parameters, which Payara's OpenAPI scanner mishandles (see LoginRequest).
   */
  public PatchTransactionRequest(
      BigDecimal amount,
      String currency,
      String date,
      String bookedAt,
      String merchantName,
      String description,
      String categoryId,
      String notes,
      List<String> tags,
      Long version) {
    this.amount = amount;
    this.currency = currency;
    this.date = date;
    this.bookedAt = bookedAt;
    this.merchantName = merchantName;
    this.description = description;
    this.categoryId = categoryId;
    this.notes = notes;
    this.tags = tags;
    this.version = version;
  }

  TransactionPatch toPatch() {
    return new TransactionPatch(amount, currency, date, bookedAt, merchantName, description, categoryId, notes, tags);
  }
}
