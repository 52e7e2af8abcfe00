package com.duskspendr.web.sync;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One record's latest change in the feed. */
@JsonbNillable
@JsonbPropertyOrder({"entity", "op", "id", "version", "data"})
public record ChangeItem(
    @Schema(description = "transaction, budget, category or rule") String entity,
    @Schema(description = "upsert or delete") String op,
    String id,
    long version,
    @Schema(description = "The record exactly as its own GET returns it; null for a delete") Object data) {}
