package com.duskspendr.web.insights;

import com.duskspendr.web.envelope.Meta;
import java.util.List;

/** Documentation only: the success envelope of the insights endpoint, as an OpenAPI schema. */
final class InsightsSchemas {

  private InsightsSchemas() {}

  record InsightsEnvelope(boolean success, List<InsightResponse> data, Meta meta) {}
}
