package com.duskspendr.web.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one answer to a registration, whether or not the address already had an account: what happens next
 * arrives by mail, so the answer cannot tell anyone who is registered.
 */
@Schema(name = "RegistrationResponse")
public record RegistrationResponse(
    @Schema(description = "The address the mail went to, as given") String email,
    @Schema(description = "Always verification_sent") String status) {

  static final String VERIFICATION_SENT = "verification_sent";

  static RegistrationResponse sentTo(String email) {
    return new RegistrationResponse(email, VERIFICATION_SENT);
  }
}
