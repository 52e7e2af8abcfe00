/**
 * The external sign-in records of the auth schema: provider identities linked to accounts, and the
 * single-use nonces an ID token must carry.
 */
package com.duskspendr.auth.oidc.entity;
