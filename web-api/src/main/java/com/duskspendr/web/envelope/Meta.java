package com.duskspendr.web.envelope;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * What every response says about itself: the request id (also the {@code X-Request-Id} header), when, and the
 * API version; for a page of a list, the cursor of the next page ({@code nextCursor}, absent on the last page
 * and outside lists); after a category correction, the merchant rule the client may offer to create
 * ({@code ruleSuggestion}, a body for {@code POST /api/v1/rules}; absent otherwise); on the notification inbox,
 * the caller's unread notifications ({@code unreadCount}). Absent fields are omitted.
 */
@JsonbPropertyOrder({"requestId", "timestamp", "version", "nextCursor", "ruleSuggestion", "unreadCount"})
public record Meta(
    String requestId, Instant timestamp, String version, String nextCursor, Object ruleSuggestion, Long unreadCount) {

  public Meta(String requestId, Instant timestamp, String version) {
    this(requestId, timestamp, version, null, null, null);
  }

  public Meta(String requestId, Instant timestamp, String version, String nextCursor) {
    this(requestId, timestamp, version, nextCursor, null, null);
  }

  public Meta(String requestId, Instant timestamp, String version, String nextCursor, Object ruleSuggestion) {
    this(requestId, timestamp, version, nextCursor, ruleSuggestion, null);
  }
}
