package com.duskspendr.transactions.ledger.control;

/**
 * Version 1 of the message on the categorization queue: a transaction waiting for a category. The amount
 * is an exact decimal string. The categorizer must check that the transaction is still pending before it
 * files it: the user may have chosen a category meanwhile.
 */
public record CategorizationRequest(
    String transactionId, String userId, String merchantName, String description, String amount, String currency) {}
