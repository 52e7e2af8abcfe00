package com.duskspendr.auth.oauth.boundary;

import java.net.URI;
import java.util.List;

/** What the authorization endpoint does next: ask the user, send the browser back to the client, or stop. */
public sealed interface AuthorizationStep {

  /**
   * Ask the user on the consent page.
   *
   * @param handle the pending request's handle: the only thing the form carries, and its CSRF token
   * @param redirectHost where the answer will go, shown so that the user sees who asks
   */
  record Consent(String handle, String clientName, String redirectHost, List<String> scopes) implements AuthorizationStep {}

  /** Send the browser to the client's registered redirect URI, with a code or an error (and the state). */
  record Redirect(URI location) implements AuthorizationStep {}

  /**
   * Stop on our own page: the client or its redirect URI is not one we can trust, so nothing may be sent
   * there (RFC 6749 4.1.2.1), or the pending request is gone.
   */
  record Refused(String reason) implements AuthorizationStep {}
}
