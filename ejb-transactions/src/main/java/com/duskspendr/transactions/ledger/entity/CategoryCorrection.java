package com.duskspendr.transactions.ledger.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;
import com.duskspendr.transactions.categories.control.MerchantNames;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A user set or changed a transaction's category: a labelled example for the categorizer (merchant and
 * description in, category out). Kept when the transaction is deleted; erased with the account.
 */
@Entity
@Table(schema = "transactions", name = "category_correction")
@NamedQuery(
    name = CategoryCorrection.FIND_BY_TRANSACTION,
    query = "SELECT c FROM CategoryCorrection c WHERE c.userId = :userId AND c.transactionId = :transactionId"
        + " ORDER BY c.correctedAt")
@NamedQuery(
    name = CategoryCorrection.FIND_LATEST_BY_MERCHANT,
    query = "SELECT c FROM CategoryCorrection c WHERE c.userId = :userId AND c.merchantKey = :merchantKey"
        + " AND c.toCategory IS NOT NULL ORDER BY c.correctedAt DESC")
@NamedQuery(
    name = CategoryCorrection.FIND_LATEST_BY_MERCHANTS,
    query = "SELECT c FROM CategoryCorrection c WHERE c.userId = :userId AND c.merchantKey IN :merchantKeys"
        + " AND c.toCategory IS NOT NULL ORDER BY c.merchantKey, c.correctedAt DESC")
@NamedQuery(name = CategoryCorrection.DELETE_BY_USER, query = "DELETE FROM CategoryCorrection c WHERE c.userId = :userId")
public class CategoryCorrection {

  public static final String FIND_BY_TRANSACTION = "CategoryCorrection.findByTransaction";
  public static final String DELETE_BY_USER = "CategoryCorrection.deleteByUser";
  public static final String FIND_LATEST_BY_MERCHANT = "CategoryCorrection.findLatestByMerchant";
  public static final String FIND_LATEST_BY_MERCHANTS = "CategoryCorrection.findLatestByMerchants";

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "transaction_id", nullable = false, updatable = false)
  private UUID transactionId;

  @Column(name = "merchant_name", length = 200, updatable = false)
  private String merchantName;

  @Column(name = "description", length = 500, updatable = false)
  private String description;

  /** The merchant as rules compare it: the key the categorizer finds the user's past corrections by. */
  @Column(name = "merchant_key", length = 200, updatable = false)
  private String merchantKey;

  @Column(name = "from_category", length = 100, updatable = false)
  private String fromCategory;

  @Column(name = "to_category", length = 100, updatable = false)
  private String toCategory;

  @Column(name = "corrected_at", nullable = false, updatable = false)
  private OffsetDateTime correctedAt;

  /** For JPA only. */
  protected CategoryCorrection() {}

  public CategoryCorrection(
      UUID userId,
      UUID transactionId,
      String merchantName,
      String description,
      String fromCategory,
      String toCategory,
      OffsetDateTime correctedAt) {
    this.id = UUID.randomUUID();
    this.userId = Objects.requireNonNull(userId, "userId");
    this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
    this.merchantName = merchantName;
    this.merchantKey = merchantName == null ? null : MerchantNames.normalize(merchantName);
    this.description = description;
    this.fromCategory = fromCategory;
    this.toCategory = toCategory;
    this.correctedAt = Objects.requireNonNull(correctedAt, "correctedAt");
  }

  public UUID id() {
    return id;
  }

  public UUID userId() {
    return userId;
  }

  public UUID transactionId() {
    return transactionId;
  }

  public String merchantName() {
    return merchantName;
  }

  public String merchantKey() {
    return merchantKey;
  }

  public String description() {
    return description;
  }

  public String fromCategory() {
    return fromCategory;
  }

  public String toCategory() {
    return toCategory;
  }

  public OffsetDateTime correctedAt() {
    return correctedAt;
  }
}
