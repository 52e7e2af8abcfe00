package com.duskspendr.web.budgets;

import com.duskspendr.web.envelope.Meta;
import java.util.List;

/** Documentation only: the success envelopes of the budget endpoints, as OpenAPI schemas. */
final class BudgetsSchemas {

  private BudgetsSchemas() {}

  record BudgetEnvelope(boolean success, BudgetResponse data, Meta meta) {}

  record BudgetsEnvelope(boolean success, List<BudgetResponse> data, Meta meta) {}
}
