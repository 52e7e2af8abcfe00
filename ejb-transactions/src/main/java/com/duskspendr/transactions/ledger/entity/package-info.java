/** Ledger tables as JPA entities, and the repositories beside them (they join the caller's JTA transaction). */
package com.duskspendr.transactions.ledger.entity;
