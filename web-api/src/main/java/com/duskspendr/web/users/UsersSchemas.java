package com.duskspendr.web.users;

import com.duskspendr.web.envelope.Meta;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: the success envelope of the profile endpoints, as an OpenAPI schema. The type-level
 * {@code @Schema} is what makes Payara register it (see {@code AuthSchemas}).
 */
final class UsersSchemas {

  private UsersSchemas() {}

  @Schema(description = "The caller's profile")
  record ProfileEnvelope(boolean success, ProfileResponse data, Meta meta) {}
}
