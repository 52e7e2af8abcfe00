package com.duskspendr.web.users;

import com.duskspendr.web.envelope.Meta;

/** Documentation only: the success envelope of the profile endpoints, as an OpenAPI schema. */
final class UsersSchemas {

  private UsersSchemas() {}

  record ProfileEnvelope(boolean success, ProfileResponse data, Meta meta) {}
}
