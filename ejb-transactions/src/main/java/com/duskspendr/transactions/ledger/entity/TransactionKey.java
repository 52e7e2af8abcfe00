package com.duskspendr.transactions.ledger.entity;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * A transaction's primary key: its owner and its id. Ids are unique per user, not across users, because phones
 * choose them; another user's transaction with the same id is simply another row.
 */
public class TransactionKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private UUID userId;
  private UUID id;

  /** For JPA. */
  public TransactionKey() {
  }

  public TransactionKey(UUID userId, UUID id) {
    this.userId = userId;
    this.id = id;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TransactionKey key && Objects.equals(userId, key.userId) && Objects.equals(id, key.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, id);
  }
}
