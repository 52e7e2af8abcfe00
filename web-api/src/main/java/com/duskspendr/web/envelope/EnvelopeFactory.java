package com.duskspendr.web.envelope;

import com.duskspendr.web.request.ApiVersions;
import com.duskspendr.web.request.RequestContext;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one place that builds envelopes. Stateless and thread-safe; the clock is there for tests.
 * {@code meta.version} is the version of the route that answers (the request's {@code /api/v<n>/}).
 */
public final class EnvelopeFactory {

  private static final EnvelopeFactory SYSTEM = new EnvelopeFactory(Clock.systemUTC(), RequestContext::apiVersion);

  private final Clock clock;
  private final Supplier<String> version;

  public EnvelopeFactory(Clock clock) {
    this(clock, () -> ApiVersions.CURRENT);
  }

  public EnvelopeFactory(Clock clock, Supplier<String> version) {
    this.clock = clock;
    this.version = version;
  }

  /** The factory on the system clock, for production code. */
  public static EnvelopeFactory system() {
    return SYSTEM;
  }

  public <T> SuccessEnvelope<T> success(String requestId, T data) {
    return new SuccessEnvelope<>(true, data, meta(requestId));
  }

  /** A record the user just changed, with a merchant rule to offer them in {@code meta.ruleSuggestion}. */
  public <T> SuccessEnvelope<T> withRuleSuggestion(String requestId, T data, Object ruleSuggestion) {
    return new SuccessEnvelope<>(true, data, new Meta(requestId, clock.instant(), version.get(), null, ruleSuggestion));
  }

  /** A page of a list: {@code meta.nextCursor} leads to the next page (null: this is the last). */
  public <T> SuccessEnvelope<T> page(String requestId, T data, String nextCursor) {
    return new SuccessEnvelope<>(true, data, new Meta(requestId, clock.instant(), version.get(), nextCursor));
  }

  /** A page of the notification inbox: the next page's cursor and the caller's unread count. */
  public <T> SuccessEnvelope<T> counted(String requestId, T data, String nextCursor, long unreadCount) {
    return new SuccessEnvelope<>(true, data,
        new Meta(requestId, clock.instant(), version.get(), nextCursor, null, unreadCount));
  }

  public ErrorEnvelope error(String requestId, ErrorCode code, String message, List<FieldIssue> details) {
    return error(requestId, code, message, details, null);
  }

  /** @param current the server's current state of the record a conflict is about, or null */
  public ErrorEnvelope error(
      String requestId, ErrorCode code, String message, List<FieldIssue> details, Object current) {
    String text = message == null || message.isBlank() ? code.defaultMessage() : message;
    return new ErrorEnvelope(false, new ErrorBody(code, text, details, current), meta(requestId));
  }

  private Meta meta(String requestId) {
    return new Meta(requestId, clock.instant(), version.get());
  }
}
