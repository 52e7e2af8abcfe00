package com.duskspendr.transactions.ledger.control;

/** Hands uncategorized transactions to the categorizer, in the caller's transaction. */
public interface CategorizationQueue {

  void request(CategorizationRequest request);
}
