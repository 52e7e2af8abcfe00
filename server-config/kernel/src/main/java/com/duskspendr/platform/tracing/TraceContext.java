package com.duskspendr.platform.tracing;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * One position in a W3C trace: the trace id shared by everything the trace covers, the id of the span that
 * is current here (the parent of whatever this work calls or sends), the trace flags, and the vendors'
 * {@code tracestate}, passed on unchanged.
 *
 * @param state null when none came with the trace
 */
public record TraceContext(String traceId, String spanId, String flags, String state) {

  /** The W3C header and JMS property names (valid Java identifiers, so Artemis accepts them as properties). */
  public static final String TRACEPARENT = "traceparent";

  public static final String TRACESTATE = "tracestate";

  private static final Pattern TRACEPARENT_V00 = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
  /** A later version may append fields after the four of version 00 (W3C: parse what you know). */
  private static final Pattern TRACEPARENT_LATER =
      Pattern.compile("(?!ff)[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}(-.*)?");
  private static final String ZERO_TRACE = "0".repeat(32);
  private static final String ZERO_SPAN = "0".repeat(16);
  /** The W3C limits: at most 32 list members; a longer header may be dropped whole. */
  private static final int MAX_STATE_CHARS = 512;
  private static final Pattern STATE_MEMBER =
      Pattern.compile("[a-z0-9][a-z0-9_\\-*/@]{0,255}=[\\x20-\\x2b\\x2d-\\x3c\\x3e-\\x7e]{0,255}[\\x21-\\x2b\\x2d-\\x3c\\x3e-\\x7e]");

  /**
   * The trace a caller sent, if its {@code traceparent} is valid; an invalid {@code tracestate} is dropped
   * on its own, as the W3C recommendation says, keeping the trace.
   */
  public static Optional<TraceContext> parse(String traceparent, String tracestate) {
    if (traceparent == null) {
      return Optional.empty();
    }
    String header = traceparent.strip();
    boolean valid = header.startsWith("00-") ? TRACEPARENT_V00.matcher(header).matches()
        : TRACEPARENT_LATER.matcher(header).matches();
    if (!valid) {
      return Optional.empty();
    }
    String traceId = header.substring(3, 35);
    String spanId = header.substring(36, 52);
    if (traceId.equals(ZERO_TRACE) || spanId.equals(ZERO_SPAN)) {
      return Optional.empty();
    }
    return Optional.of(new TraceContext(traceId, spanId, header.substring(53, 55), validState(tracestate)));
  }

  /** A new trace, sampled (the flag tells a tracing backend that this trace is worth recording). */
  public static TraceContext newRoot() {
    return new TraceContext(randomHex(32, ZERO_TRACE), randomHex(16, ZERO_SPAN), "01", null);
  }

  /** The same trace one step further: a new span whose parent is this one. */
  public TraceContext child() {
    return new TraceContext(traceId, randomHex(16, ZERO_SPAN), flags, state);
  }

  /** The {@code traceparent} value naming this span as the parent of what it calls. */
  public String traceparent() {
    return "00-" + traceId + "-" + spanId + "-" + flags;
  }

  private static String validState(String tracestate) {
    if (tracestate == null || tracestate.isBlank() || tracestate.length() > MAX_STATE_CHARS) {
      return null;
    }
    String[] members = tracestate.split(",", -1);
    if (members.length > 32) {
      return null;
    }
    for (String member : members) {
      String trimmed = member.strip();
      if (!trimmed.isEmpty() && !STATE_MEMBER.matcher(trimmed).matches()) {
        return null;
      }
    }
    return tracestate.strip();
  }

  private static String randomHex(int digits, String zero) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String hex;
    do {
      StringBuilder builder = new StringBuilder(digits);
      for (int i = 0; i < digits; i += 16) {
        String part = Long.toHexString(random.nextLong());
        builder.append("0".repeat(16 - part.length())).append(part);
      }
      hex = builder.substring(0, digits);
    } while (hex.equals(zero));
    return hex;
  }
}
