/**
 * Transactions bounded context: money movements, categories, budgets and offline sync. Filled by the transactions issue.
 */
package com.duskspendr.transactions;
