package com.duskspendr.web.transactions;

import com.duskspendr.web.envelope.ErrorCode;
import com.duskspendr.web.envelope.FieldIssue;
import com.duskspendr.web.envelope.Meta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: the envelopes of the transaction endpoints, as OpenAPI schemas. The type-level
 * {@code @Schema} makes Payara register them (see AuthSchemas for why).
 */
final class TransactionsSchemas {

  private TransactionsSchemas() {}

  @Schema(description = "One transaction")
  record TransactionEnvelope(boolean success, TransactionResponse data, Meta meta) {}

  /** meta.nextCursor is the cursor parameter of the next page; absent on the last page. */
  @Schema(description = "A page of transactions, newest first; meta.nextCursor fetches the next page")
  record TransactionPageEnvelope(boolean success, List<TransactionResponse> data, Meta meta) {}

  /** A stale version: error.current is the server's current transaction. */
  @Schema(description = "409: the transaction changed meanwhile; error.current is the server's version")
  record StaleTransactionEnvelope(boolean success, StaleTransactionError error, Meta meta) {}

  @Schema(description = "The conflict, with the current transaction")
  record StaleTransactionError(ErrorCode code, String message, List<FieldIssue> details, TransactionResponse current) {}
}
