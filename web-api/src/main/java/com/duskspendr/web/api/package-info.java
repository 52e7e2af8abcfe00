/**
 * The JAX-RS application itself: its activation at {@code /api} and the OpenAPI definition, the
 * JSON-B configuration every request and response goes through, and the helpers resources use to answer in
 * the envelope.
 */
package com.duskspendr.web.api;
