package com.duskspendr.auth.control;

import com.duskspendr.auth.boundary.AccountMail;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

/**
 * Writes the registration mails to the server log until the notifications context sends real ones. The
 * verification link is a credential: this implementation is for development and tests, and the README
 * says so.
 */
@ApplicationScoped
public class LoggingAccountMail implements AccountMail {

  private static final Logger LOG = Logger.getLogger(LoggingAccountMail.class.getName());

  @Inject
  @ConfigProperty(name = "duskspendr.http.public-base-url", defaultValue = "https://duskspendr.app")
  String publicBaseUrl;

  @Override
  public void verifyAddress(String email, String token) {
    LOG.info(() -> "Mail to " + email + ": confirm your address at " + publicBaseUrl
        + "/verify-email#token=" + token + " (POST /api/v1/auth/verify-email with this token)");
  }

  @Override
  public void registrationAttempted(String email) {
    LOG.info(() -> "Mail to " + email + ": someone tried to register this address again; if it was you, sign in"
        + " or reset your password");
  }
}
