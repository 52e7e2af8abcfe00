/** Requesting and following exports, signed downloads, expiry. */
package com.duskspendr.analytics.exports.boundary;
