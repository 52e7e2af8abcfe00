/**
 * Statement import: bank statements (CSV, OFX/QFX 1.x and 2.x) parsed into lines, checked against what the
 * user already has, and the new ones handed to the ledger, which files them like any other transaction.
 */
package com.duskspendr.transactions.imports;
