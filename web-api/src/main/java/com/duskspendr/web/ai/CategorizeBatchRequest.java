package com.duskspendr.web.ai;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/v1/ai/categorize/batch}: 1 to 500 transactions, answered in the same order. */
@Schema(name = "CategorizeBatchRequest", requiredProperties = {"items"})
public record CategorizeBatchRequest(
    @Schema(minItems = 1, maxItems = CategorizeRequests.MAX_BATCH) List<CategorizeRequest> items) {

  /** Declared explicitly, unannotated (see CategorizeRequest). */
  public CategorizeBatchRequest(List<CategorizeRequest> items) {
    this.items = items;
  }
}
