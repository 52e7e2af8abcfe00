/**
 * The OAuth 2.0 records of the auth schema: registered clients, the authorization requests a consent page
 * shows, and authorization codes. Grants themselves are device sessions ({@code auth.entity.Session}) that
 * name a client and a scope, so that they are revoked, expire and rotate their refresh tokens as every
 * session does.
 */
package com.duskspendr.auth.oauth.entity;
