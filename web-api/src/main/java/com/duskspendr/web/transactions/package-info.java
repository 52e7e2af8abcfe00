/**
 * The ledger over HTTP: {@code /api/v1/transactions}. Thin resources that read request DTOs, delegate to
 * the transactions context's TransactionService and answer with response DTOs.
 */
package com.duskspendr.web.transactions;
