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

  /** After a PATCH: meta may offer the merchant rule the correction could become. */
  @Schema(description = "The changed transaction; meta.ruleSuggestion (after a category correction) is a body for POST /api/v1/rules")
  record ChangedTransactionEnvelope(boolean success, TransactionResponse data, ChangedMeta meta) {}

  @Schema(description = "Meta of a changed transaction")
  record ChangedMeta(
      String requestId,
      java.time.Instant timestamp,
      String version,
      @Schema(description = "Absent unless the category was corrected and no rule of the user files this merchant there yet")
          com.duskspendr.web.categories.CreateRuleRequest ruleSuggestion) {}

  /** meta.nextCursor is the cursor parameter of the next page; absent on the last page. */
  @Schema(description = "A page of transactions, newest first; meta.nextCursor fetches the next page")
  record TransactionPageEnvelope(boolean success, List<TransactionResponse> data, Meta meta) {}

  /** A stale version: error.current is the server's current transaction. */
  @Schema(description = "409: the transaction changed meanwhile; error.current is the server's version")
  record StaleTransactionEnvelope(boolean success, StaleTransactionError error, Meta meta) {}

  @Schema(description = "The conflict, with the current transaction")
  record StaleTransactionError(ErrorCode code, String message, List<FieldIssue> details, TransactionResponse current) {}
}
