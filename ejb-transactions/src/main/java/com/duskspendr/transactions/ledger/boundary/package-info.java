/**
 * The ledger use cases: {@link com.duskspendr.transactions.ledger.boundary.TransactionService}, its stateless
 * implementation, and the records it takes and returns. Inputs are raw (strings as the client sent them) so
 * that the service can report every invalid field at once.
 */
package com.duskspendr.transactions.ledger.boundary;
