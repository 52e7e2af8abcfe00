package com.duskspendr.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What {@link Spans} does without a server: its switch off, and the hand-over between our {@link
 * TraceContext} and OpenTelemetry's context through W3C's propagator, which must lose nothing.
 */
class SpansTest {

  @Test
  void withoutMicroProfileConfigTelemetryIsOffAndNothingIsCurrent() {
    assertFalse(Spans.enabled(), "no configuration, no SDK: off, as Payara's own default");
    assertEquals(Optional.empty(), Spans.current());
  }

  @Test
  void aTraceCrossesIntoOpenTelemetryAndBackUnchanged() {
    TraceContext sampled = TraceContext.parse(
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "congo=t61rcWkgMzE,rojo=00f067aa0ba902b7").orElseThrow();
    TraceContext unsampled = TraceContext.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00", null)
        .orElseThrow();
    for (TraceContext trace : new TraceContext[] {sampled, unsampled}) {
      SpanContext parent = Span.fromContext(Spans.contextOf(trace)).getSpanContext();
      assertTrue(parent.isRemote() && parent.isValid(), "the caller's span, as a remote parent");
      assertEquals(trace.traceId(), parent.getTraceId());
      assertEquals(trace.spanId(), parent.getSpanId());
      assertEquals(Optional.of(trace), Spans.traceOf(Spans.contextOf(trace)));
    }
  }

  @Test
  void noTraceIsNoParent() {
    assertFalse(Span.fromContext(Spans.contextOf(null)).getSpanContext().isValid(), "a new trace starts");
    assertEquals(Optional.empty(), Spans.traceOf(Spans.contextOf(null)));
  }
}
