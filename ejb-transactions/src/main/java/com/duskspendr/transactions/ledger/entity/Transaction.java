package com.duskspendr.transactions.ledger.entity;

import com.duskspendr.platform.money.Money;

import com.duskspendr.platform.persistence.JdbcColumns;
import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Money a user recorded. Values reaching the mutators are validated and normalized by the control package;
 * the entity guards only what the schema forbids. The version guards against lost updates.
 */
@Entity
@Table(schema = "transactions", name = "transaction")
@IdClass(TransactionKey.class)
@NamedQuery(
    name = Transaction.FIND_OWNED,
    query = "SELECT t FROM Transaction t WHERE t.id = :id AND t.userId = :userId")
@NamedQuery(
    name = Transaction.FIND_OWNED_AMONG,
    query = "SELECT t FROM Transaction t WHERE t.id IN :ids AND t.userId = :userId ORDER BY t.id")
@NamedQuery(
    name = Transaction.FIND_BY_EXTERNAL_ID,
    query = "SELECT t FROM Transaction t WHERE t.userId = :userId AND t.externalId = :externalId")
@NamedQuery(name = Transaction.DELETE_BY_USER, query = "DELETE FROM Transaction t WHERE t.userId = :userId")
@NamedQuery(
    name = Transaction.FIND_KEYS_BETWEEN,
    query = "SELECT t.externalId, t.date, t.amount, t.currency, t.merchantName FROM Transaction t"
        + " WHERE t.userId = :userId AND t.date BETWEEN :from AND :to")
public class Transaction {

  private static final TagsColumnConverter TAGS = new TagsColumnConverter();

  public static final String FIND_OWNED = "Transaction.findOwned";
  public static final String FIND_OWNED_AMONG = "Transaction.findOwnedAmong";
  public static final String FIND_BY_EXTERNAL_ID = "Transaction.findByExternalId";
  public static final String DELETE_BY_USER = "Transaction.deleteByUser";
  public static final String FIND_KEYS_BETWEEN = "Transaction.findKeysBetween";

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  // Ids are unique per user (phones choose them): the key is (user, id).
  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  /**
   * The part of the amount that is the owner's own spending or income when it is not all of it (a shared
   * expense the owner paid: their share; a settlement between group members: zero); null for the whole
   * amount. Budgets and analytics count {@link #ownAmount()}.
   */
  @Column(name = "own_share", precision = 19, scale = 4)
  private BigDecimal ownShare;

  @Column(name = "date", nullable = false)
  private LocalDate date;

  // OffsetDateTime rather than Instant: EclipseLink 4 has no Instant mapping and would store it as bytea.
  @Column(name = "booked_at")
  private OffsetDateTime bookedAt;

  @Column(name = "merchant_name", length = 200)
  private String merchantName;

  @Column(name = "description", length = 500)
  private String description;

  @Column(name = "category_id", length = 100)
  private String categoryId;

  @Column(name = "source", nullable = false, length = 16, updatable = false)
  private String source;

  @Column(name = "notes", length = 2000)
  private String notes;

  @Convert(converter = TagsColumnConverter.class)
  @Column(name = "tags", nullable = false)
  private List<String> tags = List.of();

  @Column(name = "external_id", length = 200, updatable = false)
  private String externalId;

  @Column(name = "categorization_status", nullable = false, length = 16)
  private String categorizationStatus;

  @Column(name = "categorization_confidence", precision = 5, scale = 4)
  private BigDecimal categorizationConfidence;

  @Column(name = "categorization_model_version", length = 100)
  private String categorizationModelVersion;

  @Convert(converter = JsonColumnConverter.class)
  @Column(name = "categorization_suggestions")
  private String categorizationSuggestions;

  /** See FieldVersions: per field, the version of the last user change; the categorizer never writes it. */
  @Convert(converter = JsonColumnConverter.class)
  @Column(name = "field_versions", nullable = false)
  private String fieldVersions = "{}";

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  /**
   * The columns {@link #fromRow} reads, qualified by the alias {@code t}: the pages that are only displayed (the
   * list, the sync feed) are read with plain JDBC, not through EclipseLink (see TransactionRepository).
   */
  static final String COLUMNS = "t.id, t.user_id, t.amount, t.currency, t.date, t.booked_at, t.merchant_name,"
      + " t.description, t.category_id, t.source, t.notes, t.tags, t.external_id, t.categorization_status,"
      + " t.categorization_confidence, t.categorization_model_version, t.categorization_suggestions, t.version,"
      + " t.created_at, t.updated_at, t.own_share";

  /** For JPA only. */
  protected Transaction() {}

  /**
   * A detached copy of one row of {@link #COLUMNS}, for display only: it is never managed, so changing it
   * would store nothing. Tags go through the mapping's own converter (the one column whose reading is ours);
   * the rest are read as the driver's standard types, the values the mapping produces too (TransactionsApiIT
   * checks that a listed transaction equals its own GET, field by field).
   */
  static Transaction fromRow(ResultSet row) throws SQLException {
    Transaction t = new Transaction();
    // By position in COLUMNS: a label is a lookup per value, and this runs for every value of every listed row.
    t.id = JdbcColumns.uuid(row, 1);
    t.userId = JdbcColumns.uuid(row, 2);
    t.amount = row.getBigDecimal(3);
    t.currency = row.getString(4);
    t.date = JdbcColumns.date(row, 5);
    t.bookedAt = JdbcColumns.utc(row, 6);
    t.merchantName = row.getString(7);
    t.description = row.getString(8);
    t.categoryId = row.getString(9);
    t.source = row.getString(10);
    t.notes = row.getString(11);
    t.tags = TAGS.convertToEntityAttribute(row.getArray(12));
    t.externalId = row.getString(13);
    t.categorizationStatus = row.getString(14);
    t.categorizationConfidence = row.getBigDecimal(15);
    t.categorizationModelVersion = row.getString(16);
    t.categorizationSuggestions = row.getString(17);
    t.version = row.getLong(18);
    t.createdAt = JdbcColumns.utc(row, 19);
    t.updatedAt = JdbcColumns.utc(row, 20);
    t.ownShare = row.getBigDecimal(21);
    return t;
  }

  public Transaction(UUID id, UUID userId, String source, String externalId) {
    this.id = Objects.requireNonNull(id, "id");
    this.userId = Objects.requireNonNull(userId, "userId");
    this.source = Objects.requireNonNull(source, "source");
    this.externalId = externalId;
  }

  @PrePersist
  void stampCreation() {
    createdAt = now();
    updatedAt = createdAt;
  }

  /** What the database holds after a batch insert that bypassed the mapping (TransactionRepository#insertAll). */
  void stampStored(OffsetDateTime at) {
    createdAt = at;
    updatedAt = at;
    version = 1;
  }

  /** What the database holds after an update that bypassed the mapping (TransactionRepository#fileAll). */
  void stampUpdated(OffsetDateTime at) {
    updatedAt = at;
    version++;
  }

  @PreUpdate
  void stampUpdate() {
    updatedAt = now();
  }

  // PostgreSQL keeps microseconds; truncating keeps the in-memory value equal to the stored one.
  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public void changeAmount(BigDecimal amount, String currency) {
    this.amount = Objects.requireNonNull(amount, "amount");
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  public void changeDate(LocalDate date) {
    this.date = Objects.requireNonNull(date, "date");
  }

  public void changeBookedAt(OffsetDateTime bookedAt) {
    this.bookedAt = bookedAt;
  }

  public void changeMerchantName(String merchantName) {
    this.merchantName = merchantName;
  }

  public void changeDescription(String description) {
    this.description = description;
  }

  public void changeNotes(String notes) {
    this.notes = notes;
  }

  public void changeTags(List<String> tags) {
    this.tags = List.copyOf(tags);
  }

  /**
   * Files the transaction under a category and records how that was decided. Earlier suggestions are
   * dropped: they were about the state before this decision.
   */
  public void categorize(String categoryId, String status, BigDecimal confidence, String modelVersion) {
    this.categoryId = categoryId;
    this.categorizationStatus = Objects.requireNonNull(status, "status");
    this.categorizationConfidence = confidence;
    this.categorizationModelVersion = modelVersion;
    this.categorizationSuggestions = null;
  }

  /** The categorizer's suggestions while the transaction stays pending, as a JSON array; null for none. */
  public void suggest(String suggestionsJson) {
    this.categorizationSuggestions = suggestionsJson;
  }

  /** Records which fields a user changed, as the control package's FieldVersions JSON. */
  public void recordFieldVersions(String fieldVersionsJson) {
    this.fieldVersions = Objects.requireNonNull(fieldVersionsJson, "fieldVersions");
  }

  public String fieldVersions() {
    return fieldVersions;
  }

  public UUID id() {
    return id;
  }

  public UUID userId() {
    return userId;
  }

  /** Sets (or, with null, clears) the owner's own part of the amount; see {@link #ownShare}. */
  public void shareOwn(BigDecimal ownShare) {
    this.ownShare = ownShare;
  }

  public BigDecimal ownShare() {
    return ownShare;
  }

  /** What budgets and analytics count: the owner's own share when there is one, else the amount. */
  public BigDecimal ownAmount() {
    return ownShare != null ? ownShare : amount;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public LocalDate date() {
    return date;
  }

  public OffsetDateTime bookedAt() {
    return bookedAt;
  }

  public String merchantName() {
    return merchantName;
  }

  public String description() {
    return description;
  }

  public String categoryId() {
    return categoryId;
  }

  public String source() {
    return source;
  }

  public String notes() {
    return notes;
  }

  public List<String> tags() {
    return tags;
  }

  public String externalId() {
    return externalId;
  }

  public String categorizationStatus() {
    return categorizationStatus;
  }

  public BigDecimal categorizationConfidence() {
    return categorizationConfidence;
  }

  public String categorizationModelVersion() {
    return categorizationModelVersion;
  }

  public String categorizationSuggestions() {
    return categorizationSuggestions;
  }

  public long version() {
    return version;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
