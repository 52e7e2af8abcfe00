package com.duskspendr.web.imports;

import com.duskspendr.web.envelope.Meta;

/** Documentation only: the success envelope of the import endpoint, as an OpenAPI schema. */
final class ImportSchemas {

  private ImportSchemas() {}

  record ImportEnvelope(boolean success, ImportResponse data, Meta meta) {}

  record ImportStatusEnvelope(boolean success, ImportStatusResponse data, Meta meta) {}
}
