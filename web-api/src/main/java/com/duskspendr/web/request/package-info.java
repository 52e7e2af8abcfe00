/**
 * Cross-cutting handling of each HTTP request before it reaches a resource: the request id (accepted from
 * {@code X-Request-Id} or generated, held for logging and the envelope) and the request body size cap.
 */
package com.duskspendr.web.request;
