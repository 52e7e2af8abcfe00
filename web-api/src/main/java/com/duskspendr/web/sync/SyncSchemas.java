package com.duskspendr.web.sync;

import com.duskspendr.web.envelope.Meta;

/** Documentation only: the success envelopes of the sync endpoints, as OpenAPI schemas. */
final class SyncSchemas {

  private SyncSchemas() {}

  record ChangesEnvelope(boolean success, ChangesResponse data, Meta meta) {}

  record PushEnvelope(boolean success, PushResponse data, Meta meta) {}
}
