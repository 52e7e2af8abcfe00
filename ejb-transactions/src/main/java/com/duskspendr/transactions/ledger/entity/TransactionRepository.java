package com.duskspendr.transactions.ledger.entity;

import com.duskspendr.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Stores and finds transactions in the caller's JTA transaction; every lookup is scoped to one user. */
@ApplicationScoped
public class TransactionRepository {

  @PersistenceContext(unitName = "transactions")
  EntityManager em;

  /** The unit's data source, for the reads that skip EclipseLink ({@link #select}). */
  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** The user's transaction; another user's is not found. */
  public Optional<Transaction> find(UUID userId, UUID id) {
    return em.createNamedQuery(Transaction.FIND_OWNED, Transaction.class)
        .setParameter("id", id)
        .setParameter("userId", userId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The user's transaction, locked until the transaction ends: a concurrent writer waits here and then sees
   * the committed version, so a version check after this cannot pass for two writers at once.
   */
  public Optional<Transaction> findForUpdate(UUID userId, UUID id) {
    return em.createNamedQuery(Transaction.FIND_OWNED, Transaction.class)
        .setParameter("id", id)
        .setParameter("userId", userId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /**
   * The user's transactions among these ids, locked until the transaction ends, in one query; the rows
   * are locked in id order, so two writers locking overlapping sets cannot deadlock. Read with plain JDBC
   * like {@link #findAll}: the categorizer's batches change them through {@link #fileAll}, not through
   * EclipseLink, so they are detached copies (the unit has no shared cache to go stale).
   */
  public List<Transaction> findAllForUpdate(UUID userId, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return select(
        "SELECT " + Transaction.COLUMNS + " FROM transactions.\"transaction\" t"
            + " WHERE t.id = ANY(CAST(? AS uuid[])) AND t.user_id = CAST(? AS uuid) ORDER BY t.id FOR UPDATE",
        List.of(uuidArray(ids), userId.toString()),
        ids.size());
  }

  private static final String FILE =
      "UPDATE transactions.\"transaction\" SET category_id = ?, categorization_status = ?,"
          + " categorization_confidence = ?, categorization_model_version = ?,"
          + " categorization_suggestions = CAST(? AS jsonb), version = version + 1, updated_at = ?"
          + " WHERE user_id = ? AND id = ? AND version = ?";

  /**
   * Writes the categorizer's decisions on rows {@link #findAllForUpdate} locked, in one JDBC batch (one
   * round trip instead of an UPDATE each; EclipseLink would send them one by one): the categorization
   * columns, the version up by one (stamped on the objects too), updated_at. The row lock makes the version
   * check a formality; it is there so that a mistake shows as an error, not as a lost update.
   */
  public void fileAll(List<Transaction> filed) {
    if (filed.isEmpty()) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    int[] counts;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(FILE)) {
      for (Transaction t : filed) {
        update.setString(1, t.categoryId());
        update.setString(2, t.categorizationStatus());
        update.setBigDecimal(3, t.categorizationConfidence());
        update.setString(4, t.categorizationModelVersion());
        update.setString(5, t.categorizationSuggestions());
        update.setObject(6, now);
        update.setObject(7, t.userId());
        update.setObject(8, t.id());
        update.setLong(9, t.version());
        update.addBatch();
      }
      counts = update.executeBatch();
    } catch (SQLException e) {
      throw new PersistenceException("Cannot file " + filed.size() + " transactions", e);
    }
    for (int i = 0; i < filed.size(); i++) {
      if (counts[i] != 1) {
        throw new OptimisticLockException("Transaction " + filed.get(i).id() + " changed while it was locked");
      }
      filed.get(i).stampUpdated(now);
    }
  }

  private static String uuidArray(Collection<UUID> ids) {
    StringBuilder literal = new StringBuilder("{");
    for (UUID id : ids) {
      literal.append(literal.length() > 1 ? "," : "").append(id);
    }
    return literal.append('}').toString();
  }

  /**
   * The user's transactions among these ids, in one query (the primary key finds each); another user's ids
   * and unknown ones are simply not found. The ids are bound as one {@code uuid[]} literal, like every
   * native parameter here, so the driver needs no type knowledge.
   */
  public List<Transaction> findAll(UUID userId, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return select(
        "SELECT " + Transaction.COLUMNS + " FROM transactions.\"transaction\" t"
            + " WHERE t.id = ANY(CAST(? AS uuid[])) AND t.user_id = CAST(? AS uuid)",
        List.of(uuidArray(ids), userId.toString()),
        ids.size());
  }

  /** What duplicate detection compares, of a transaction: only the columns it needs. */
  public record Key(String externalId, LocalDate date, BigDecimal amount, String currency, String merchantName) {}

  /** The keys of the user's transactions dated from {@code from} to {@code to}, inclusive (the (user, date) index). */
  public List<Key> keysBetween(UUID userId, LocalDate from, LocalDate to) {
    return em.createNamedQuery(Transaction.FIND_KEYS_BETWEEN, Object[].class)
        .setParameter("userId", userId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .map(row -> new Key((String) row[0], (LocalDate) row[1], (BigDecimal) row[2], (String) row[3], (String) row[4]))
        .toList();
  }

  public Optional<Transaction> findByExternalId(UUID userId, String externalId) {
    return em.createNamedQuery(Transaction.FIND_BY_EXTERNAL_ID, Transaction.class)
        .setParameter("userId", userId)
        .setParameter("externalId", externalId)
        .getResultStream()
        .findFirst();
  }

  /** Inserts now, so that the version is assigned and a duplicate id fails here rather than at commit. */
  public void add(Transaction transaction) {
    em.persist(transaction);
    em.flush();
  }

  private static final String INSERT =
      "INSERT INTO transactions.\"transaction\" (id, user_id, amount, currency, date, booked_at, merchant_name,"
          + " description, category_id, source, notes, tags, external_id, categorization_status, version,"
          + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS text[]), ?, ?, 1, ?, ?)"
          + " ON CONFLICT (user_id, external_id) WHERE external_id IS NOT NULL DO NOTHING";

  /**
   * Inserts new transactions (version 1, stamped now) in one JDBC batch on the JTA transaction's connection,
   * bypassing EclipseLink: a statement import stores thousands, and building, registering and flushing an
   * entity per line cost more than the insert. A line whose external id the user already has (stored
   * meanwhile by a concurrent import of the same file) is skipped, not an error.
   *
   * @return the transactions inserted, in order (the others were skipped)
   */
  public List<Transaction> insertAll(List<Transaction> fresh) {
    if (fresh.isEmpty()) {
      return List.of();
    }
    int[] counts;
    java.time.OffsetDateTime now =
        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (Transaction t : fresh) {
        insert.setObject(1, t.id());
        insert.setObject(2, t.userId());
        insert.setBigDecimal(3, t.amount());
        insert.setString(4, t.currency());
        insert.setObject(5, t.date());
        insert.setObject(6, t.bookedAt());
        insert.setString(7, t.merchantName());
        insert.setString(8, t.description());
        insert.setString(9, t.categoryId());
        insert.setString(10, t.source());
        insert.setString(11, t.notes());
        insert.setString(12, TagsColumnConverter.literal(t.tags()));
        insert.setString(13, t.externalId());
        insert.setString(14, t.categorizationStatus());
        insert.setObject(15, now);
        insert.setObject(16, now);
        insert.addBatch();
      }
      counts = insert.executeBatch();
    } catch (SQLException e) {
      throw new PersistenceException("Cannot store " + fresh.size() + " transactions", e);
    }
    List<Transaction> inserted = new ArrayList<>(fresh.size());
    for (int i = 0; i < fresh.size(); i++) {
      // The driver reports each statement's own count (it does not rewrite the batch into one insert).
      if (counts[i] != 0) {
        fresh.get(i).stampStored(now);
        inserted.add(fresh.get(i));
      }
    }
    return inserted;
  }

  /** Writes pending changes now, so that the returned version is the new one. */
  public void flush() {
    em.flush();
  }

  public void remove(Transaction transaction) {
    em.remove(transaction);
    em.flush();
  }

  /** One page plus one row, in the criteria's order. */
  public List<Transaction> search(TransactionCriteria criteria) {
    TransactionSearch.Statement statement = TransactionSearch.of(criteria);
    return select(statement.sql(), statement.parameters(), criteria.limit() + 1);
  }

  /**
   * Rows that are only displayed, read with plain JDBC (on the caller's JTA transaction's connection, if there
   * is one): building and registering EclipseLink objects for a page of 50 was a third of the read's CPU (JFR,
   * list benchmark), and nothing here is ever changed through them.
   */
  private List<Transaction> select(String sql, List<Object> parameters, int expectedRows) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        select.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rows = select.executeQuery()) {
        List<Transaction> found = new ArrayList<>(expectedRows);
        while (rows.next()) {
          found.add(Transaction.fromRow(rows));
        }
        return found;
      }
    } catch (SQLException e) {
      throw new PersistenceException("Cannot read transactions", e);
    }
  }

  /** @return how many were deleted */
  public int deleteAllOf(UUID userId) {
    return em.createNamedQuery(Transaction.DELETE_BY_USER).setParameter("userId", userId).executeUpdate();
  }
}
