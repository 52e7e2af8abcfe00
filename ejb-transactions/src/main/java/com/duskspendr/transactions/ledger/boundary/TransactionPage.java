package com.duskspendr.transactions.ledger.boundary;

import java.util.List;

/** One page, newest first (date, then id); nextCursor is null on the last page. */
public record TransactionPage(List<RecordedTransaction> items, String nextCursor) {}
