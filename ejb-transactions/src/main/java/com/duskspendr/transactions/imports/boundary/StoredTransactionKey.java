package com.duskspendr.transactions.imports.boundary;

import java.util.Objects;

/** An already stored transaction, as duplicate detection sees it: its external id (may be null) and its key. */
public record StoredTransactionKey(String externalId, DuplicateKey key) {

  public StoredTransactionKey {
    Objects.requireNonNull(key, "key");
  }
}
