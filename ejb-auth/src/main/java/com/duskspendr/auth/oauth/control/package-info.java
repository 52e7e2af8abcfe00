/** Mechanisms behind the OAuth use cases: registration rules, PKCE, scope sets, token minting for grants. */
package com.duskspendr.auth.oauth.control;
