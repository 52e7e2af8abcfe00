package com.duskspendr.web.ai;

import com.duskspendr.web.envelope.Meta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documentation only: the success envelopes of the ai endpoints (type-level @Schema: see AuthSchemas). */
final class AiSchemas {

  private AiSchemas() {}

  @Schema(description = "One categorization")
  record CategorizationEnvelope(boolean success, CategorizationResult data, Meta meta) {}

  @Schema(description = "One categorization per item, in the request's order")
  record CategorizationsEnvelope(boolean success, List<CategorizationResult> data, Meta meta) {}

  @Schema(description = "The active categorization model")
  record ModelEnvelope(boolean success, ModelResponse data, Meta meta) {}

  @Schema(description = "A retraining job execution")
  record RetrainJobEnvelope(boolean success, RetrainJobResponse data, Meta meta) {}
}
