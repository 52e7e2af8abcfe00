/**
 * The ledger: the money a user records. Creating (safe to retry with an idempotency key or a client-chosen
 * id), reading, listing with filters and keyset pages, changing with optimistic concurrency, deleting; each
 * change is reported to the change log and published as a domain event in the same transaction, and
 * category choices are kept as corrections for the categorizer.
 */
package com.duskspendr.transactions.ledger;
