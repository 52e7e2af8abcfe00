package com.duskspendr.web.sync;

import com.duskspendr.transactions.sync.boundary.SyncLimits;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/v1/sync/push}. Only the list is validated here; each change is checked on its own by
 * the push, so that one bad change is answered {@code rejected} without failing the others.
 */
public record PushRequest(@NotNull @Size(max = SyncLimits.MAX_PUSH_CHANGES) List<Change> changes) {

  /** Declared explicitly, unannotated: see {@code LoginRequest} (Payara's OpenAPI scanner). */
  public PushRequest(List<Change> changes) {
    this.changes = changes;
  }

  /** One change made offline. */
  public record Change(
      @Schema(description = "transaction, budget, category, rule, group, group_expense or settlement (the last two carry groupId in data)") String entity,
      @Schema(description = "upsert or delete") String op,
      @Schema(description = "The record's id. Creating: the id the client chose, a lower-case UUID for transactions, "
          + "rules, budgets, groups, group expenses and settlements; categories cannot be created by a push (their ids are the server's: POST /categories)")
          String id,
      @Schema(description = "The version the client edited; absent when creating the record") Long baseVersion,
      @Schema(description = "For an upsert: the record's fields as its create or PATCH request takes them; absent for a delete")
          JsonObject data) {}
}
