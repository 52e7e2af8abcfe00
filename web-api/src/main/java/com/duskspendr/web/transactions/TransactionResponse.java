package com.duskspendr.web.transactions;

import com.duskspendr.transactions.ledger.boundary.Categorization;
import com.duskspendr.transactions.ledger.boundary.RecordedTransaction;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A transaction, the same shape wherever one is answered (its GET, a list page, the changes feed). The amount
 * is a string with exactly the currency's minor digits ({@code "-12.50"}); unset values are written as
 * {@code null}, so clients always see every field. Written by {@link TransactionJson}, in component order.
 */
@JsonbTypeSerializer(TransactionJson.class)
@Schema(name = "Transaction")
public record TransactionResponse(
    String id,
    @Schema(type = SchemaType.STRING, example = "-12.50") String amount,
    String currency,
    LocalDate date,
    OffsetDateTime bookedAt,
    String merchantName,
    String description,
    String categoryId,
    @Schema(enumeration = {"manual", "sms", "bank_import", "api"}) String source,
    String notes,
    List<String> tags,
    String externalId,
    CategorizationResponse categorization,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    @Schema(type = SchemaType.STRING, example = "-25.00", description = "The part of the amount that is my own "
        + "spending or income, when it is not all of it: my share of a shared expense I paid, 0 for a settlement "
        + "with a group member. Budgets and analytics count it instead of the amount; null: the whole amount.")
        String ownShare) {

  /**
   * Declared explicitly, unannotated: an implicit constructor would carry the components' schema
   * annotations on its parameters, which Payara's OpenAPI scanner mishandles (see LoginRequest).
   */
  public TransactionResponse(
      String id,
      String amount,
      String currency,
      LocalDate date,
      OffsetDateTime bookedAt,
      String merchantName,
      String description,
      String categoryId,
      String source,
      String notes,
      List<String> tags,
      String externalId,
      CategorizationResponse categorization,
      long version,
      OffsetDateTime createdAt,
      OffsetDateTime updatedAt,
      String ownShare) {
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
    this.categorization = categorization;
    this.version = version;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.ownShare = ownShare;
  }

  /**
   * How the category was decided; confidence (0..1) and modelVersion only when a model decided or suggested.
   * Suggestions (best first) while pending because the model was not sure enough; empty otherwise.
   */
  @Schema(name = "Categorization")
  public record CategorizationResponse(
      @Schema(enumeration = {"pending", "categorized", "manual", "rule"},
          description = "rule: by one of the user's merchant rules or their own past correction for the merchant")
          String status,
      BigDecimal confidence,
      String modelVersion,
      List<SuggestionResponse> suggestions) {

    /** Declared explicitly, unannotated, like the outer record's. */
    public CategorizationResponse(
        String status, BigDecimal confidence, String modelVersion, List<SuggestionResponse> suggestions) {
      this.status = status;
      this.confidence = confidence;
      this.modelVersion = modelVersion;
      this.suggestions = suggestions;
    }

    static CategorizationResponse from(Categorization c) {
      return new CategorizationResponse(
          c.status().wireName(),
          c.confidence(),
          c.modelVersion(),
          c.suggestions().stream()
              .map(s -> new SuggestionResponse(s.categoryId(), s.confidence().stripTrailingZeros()))
              .toList());
    }
  }

  /**
   * A transaction's id and version identify its state (records that are equal have equal ids and versions, so
   * this agrees with the generated equals). Not the generated hash over all seventeen components: Yasson hashes
   * every object it writes, for its cycle check, and on a page of 50 that hashing was a quarter of the
   * request's CPU (JFR, list benchmark).
   */
  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(id) + Long.hashCode(version);
  }

  /** A category the categorizer proposes for a pending transaction, with its confidence (0..1). */
  @Schema(name = "CategorySuggestion")
  public record SuggestionResponse(String categoryId, BigDecimal confidence) {}

  static TransactionResponse from(RecordedTransaction t) {
    return new TransactionResponse(
        t.id().toString(),
        t.amount().toPlainString(),
        t.currency(),
        t.date(),
        t.bookedAt(),
        t.merchantName(),
        t.description(),
        t.categoryId(),
        t.source().wireName(),
        t.notes(),
        t.tags(),
        t.externalId(),
        CategorizationResponse.from(t.categorization()),
        t.version(),
        t.createdAt(),
        t.updatedAt(),
        t.ownShare() == null ? null : t.ownShare().toPlainString());
  }
}
