/** Exact money: amounts as BigDecimal with an ISO 4217 currency, never floating point. */
package com.duskspendr.transactions.money;
