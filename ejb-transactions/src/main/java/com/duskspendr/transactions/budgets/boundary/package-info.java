/** Budget use cases, the entry point the ledger calls after transaction changes, and the alert event. */
package com.duskspendr.transactions.budgets.boundary;
