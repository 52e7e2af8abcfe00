/** Stored exports and the link signing key (tables analytics.export, analytics.signing_key). */
package com.duskspendr.analytics.exports.entity;
