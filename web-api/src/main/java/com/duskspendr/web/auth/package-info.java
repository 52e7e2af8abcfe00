/**
 * The REST boundary of the auth context: registration, login, token refresh and logout, device sessions and
 * the public signing keys (JWKS), with their request and response DTOs. Delegates to
 * {@link com.duskspendr.auth.boundary.AccountService}.
 */
package com.duskspendr.web.auth;
