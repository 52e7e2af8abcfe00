package com.duskspendr.web.envelope;

import java.time.Instant;

/** What every response says about itself: the request id (also the {@code X-Request-Id} header), when, and the API version. */
public record Meta(String requestId, Instant timestamp, String version) {}
