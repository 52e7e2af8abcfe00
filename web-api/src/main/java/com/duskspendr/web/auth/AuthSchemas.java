package com.duskspendr.web.auth;

import com.duskspendr.web.envelope.Meta;
import java.util.List;

/** Documentation only: the success envelopes of the auth endpoints, as OpenAPI schemas. */
final class AuthSchemas {

  private AuthSchemas() {}

  record AccountEnvelope(boolean success, AccountResponse data, Meta meta) {}

  record TokenEnvelope(boolean success, TokenResponse data, Meta meta) {}

  record SessionsEnvelope(boolean success, List<SessionResponse> data, Meta meta) {}
}
