package com.duskspendr.transactions.ledger.control;

import com.duskspendr.transactions.ledger.entity.IdempotencyKeyRepository.StoredKey;

/** What a create does about its idempotency key, given what is stored under it. */
public enum IdempotencyDecision {
  /** The key was free (or expired) and is now this request's: create. */
  CREATE,
  /** The same request came before: answer with what it created, create nothing. */
  REPLAY,
  /** Another request used the key: refuse. */
  CONFLICT;

  /**
   * @param claimed whether this request just claimed the key
   * @param stored what the key holds when it was not claimed (null if it vanished meanwhile: purged)
   */
  public static IdempotencyDecision decide(boolean claimed, StoredKey stored, String requestHash) {
    if (claimed) {
      return CREATE;
    }
    if (stored == null) {
      return CONFLICT;
    }
    return stored.requestHash().equals(requestHash) ? REPLAY : CONFLICT;
  }
}
