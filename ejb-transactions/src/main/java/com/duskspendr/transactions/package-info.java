/**
 * Transactions bounded context: the money a user records (the ledger), the categories and merchant rules
 * that file it, budgets and their alerts, offline sync for the mobile app, and statement import. Owns the
 * PostgreSQL schema {@code transactions}. Each component has the same layering as every context:
 * {@code boundary} (service interfaces, their stateless implementations, records, exceptions), {@code control}
 * (the logic behind them) and {@code entity} (JPA entities and repositories).
 */
package com.duskspendr.transactions;
