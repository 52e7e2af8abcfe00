package com.duskspendr.web.categories;

import com.duskspendr.web.envelope.Meta;
import java.util.List;

/** Documentation only: the success envelopes of the category and rule endpoints, as OpenAPI schemas. */
final class CategoriesSchemas {

  private CategoriesSchemas() {}

  record CategoryEnvelope(boolean success, CategoryResponse data, Meta meta) {}

  record CategoryTreeEnvelope(boolean success, List<CategoryResponse> data, Meta meta) {}

  record RuleEnvelope(boolean success, RuleResponse data, Meta meta) {}

  record RulesEnvelope(boolean success, List<RuleResponse> data, Meta meta) {}
}
