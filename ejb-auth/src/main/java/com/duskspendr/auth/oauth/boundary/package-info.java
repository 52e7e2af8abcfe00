/**
 * OAuth 2.0 for integrators (SS-201): client registration ({@link OAuthClients}) and the authorization
 * server ({@link AuthorizationServer}: authorization code with PKCE through a consent page, client
 * credentials, refresh-token rotation, revocation, introspection, metadata, and the user's grants). The
 * protocol messages are parsed, validated and written by the Nimbus OAuth 2.0 SDK; tokens are our own RS256
 * access tokens with {@code scope} and {@code azp}.
 */
package com.duskspendr.auth.oauth.boundary;
