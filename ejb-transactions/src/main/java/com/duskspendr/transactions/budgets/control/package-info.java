/**
 * The logic behind budgets: input rules, period arithmetic, progress and projection, threshold crossings,
 * the spending aggregate over the ledger's table, and erasure on account deletion.
 */
package com.duskspendr.transactions.budgets.control;
