/**
 * Auth bounded context: accounts and credentials, device sessions with rotating refresh tokens, RS256 access tokens and their published keys. Owns the auth schema; no other context reads it.
 */
package com.duskspendr.auth;
