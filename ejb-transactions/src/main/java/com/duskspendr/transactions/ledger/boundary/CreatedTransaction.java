package com.duskspendr.transactions.ledger.boundary;

/**
 * The answer to a create: the transaction, and whether this was a retry answered with the transaction an
 * earlier identical request created (nothing new was recorded).
 */
public record CreatedTransaction(RecordedTransaction transaction, boolean replayed) {}
