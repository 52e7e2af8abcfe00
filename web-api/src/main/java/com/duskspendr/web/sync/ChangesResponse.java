package com.duskspendr.web.sync;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the changes feed. */
@JsonbPropertyOrder({"changes", "nextCursor", "hasMore"})
public record ChangesResponse(
    List<ChangeItem> changes,
    @Schema(description = "Opaque; pass it as since to get the changes after this page. Never null.") String nextCursor,
    @Schema(description = "Whether more changes are waiting: ask again at once") boolean hasMore) {}
