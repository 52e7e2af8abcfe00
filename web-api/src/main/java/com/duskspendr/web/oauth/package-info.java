/**
 * The REST and browser boundary of OAuth 2.0 for integrators: client registration (and its admin side),
 * the authorization endpoint with its consent page, the token, revocation and introspection endpoints,
 * the user's grants, and the RFC 8414 metadata. Protocol messages go to
 * {@link com.duskspendr.auth.oauth.boundary.AuthorizationServer} as the Nimbus SDK's HTTP requests.
 */
package com.duskspendr.web.oauth;
