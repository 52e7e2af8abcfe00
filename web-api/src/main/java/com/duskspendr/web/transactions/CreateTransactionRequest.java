package com.duskspendr.web.transactions;

import com.duskspendr.transactions.ledger.boundary.NewTransaction;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/v1/transactions}. The amount is an exact decimal, sent as a string ({@code "-12.50"}) or a
 * JSON number; it is never read as floating point. Values are checked by the ledger, which reports every
 * invalid field at once; unknown fields are rejected while reading.
 */
@Schema(name = "CreateTransactionRequest", requiredProperties = {"amount", "date"})
public record CreateTransactionRequest(
    @Schema(description = "Client-chosen UUID; repeating a create with the same id and content is harmless", format = "uuid")
        String id,
    @Schema(type = SchemaType.STRING, example = "-12.50",
        description = "Negative = money out; not zero, within ±1,000,000,000, at most the currency's minor digits (string or number)")
        BigDecimal amount,
    @Schema(description = "ISO 4217; default: the user's preferred currency", example = "USD") String currency,
    @Schema(format = "date", example = "2024-05-01", description = "Local date of the purchase, 1970-01-01 to one year ahead")
        String date,
    @Schema(format = "date-time", example = "2024-05-01T12:30:00Z") String bookedAt,
    @Schema(maxLength = 200) String merchantName,
    @Schema(maxLength = 500) String description,
    @Schema(maxLength = 100, example = "food_and_drink.groceries",
        description = "A category slug; setting it is the user's choice (categorization status manual)")
        String categoryId,
    @Schema(enumeration = {"manual", "sms", "bank_import", "api"}, defaultValue = "manual") String source,
    @Schema(maxLength = 2000) String notes,
    @Schema(maxItems = 20, description = "Up to 20 tags of at most 32 characters") List<String> tags,
    @Schema(maxLength = 200, description = "The statement's id of the line, unique per user") String externalId) {

  /**
   * Declared explicitly, unannotated: an implicit constructor would carry the components' schema
   * annotations on its parameters, which Payara's OpenAPI scanner mishandles (see LoginRequest).
   */
  public CreateTransactionRequest(
      String id,
      BigDecimal amount,
      String currency,
      String date,
      String bookedAt,
      String merchantName,
      String description,
      String categoryId,
      String source,
      String notes,
      List<String> tags,
      String externalId) {
    this.id = id;
    this.amount = amount;
    this.currency = currency;
    this.date = date;
    this.bookedAt = bookedAt;
    this.merchantName = merchantName;
    this.description = description;
    this.categoryId = categoryId;
    this.source = source;
    this.notes = notes;
    this.tags = tags;
    this.externalId = externalId;
  }

  NewTransaction toNewTransaction() {
    return new NewTransaction(
        id, amount, currency, date, bookedAt, merchantName, description, categoryId, source, notes, tags, externalId);
  }
}
