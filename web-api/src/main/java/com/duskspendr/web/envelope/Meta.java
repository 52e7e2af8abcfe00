package com.duskspendr.web.envelope;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * What every response says about itself: the request id (also the {@code X-Request-Id} header), when, and the
 * API version; for a page of a list, the cursor of the next page ({@code nextCursor}, absent on the last page
 * and outside lists).
 */
@JsonbPropertyOrder({"requestId", "timestamp", "version", "nextCursor"})
public record Meta(String requestId, Instant timestamp, String version, String nextCursor) {

  public Meta(String requestId, Instant timestamp, String version) {
    this(requestId, timestamp, version, null);
  }
}
