package com.duskspendr.web.transactions;

import com.duskspendr.web.envelope.ErrorCode;
import com.duskspendr.web.envelope.FieldIssue;
import com.duskspendr.web.envelope.Meta;
import java.util.List;

/** Documentation only: the envelopes of the transaction endpoints, as OpenAPI schemas. */
final class TransactionsSchemas {

  private TransactionsSchemas() {}

  record TransactionEnvelope(boolean success, TransactionResponse data, Meta meta) {}

  /** meta.nextCursor is the cursor parameter of the next page; absent on the last page. */
  record TransactionPageEnvelope(boolean success, List<TransactionResponse> data, Meta meta) {}

  /** A stale version: error.current is the server's current transaction. */
  record StaleTransactionEnvelope(boolean success, StaleTransactionError error, Meta meta) {}

  record StaleTransactionError(ErrorCode code, String message, List<FieldIssue> details, TransactionResponse current) {}
}
