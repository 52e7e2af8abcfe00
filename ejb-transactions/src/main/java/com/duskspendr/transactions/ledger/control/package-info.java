/**
 * The logic behind the ledger use cases, in plain classes unit tests drive: validation of every input
 * field, keyset cursors, idempotency and correction decisions, the entity-to-record assembler, and the
 * beans that react to account deletion, purge expired idempotency keys and queue categorization requests.
 */
package com.duskspendr.transactions.ledger.control;
