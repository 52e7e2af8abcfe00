package com.duskspendr.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The W3C Trace Context rules (https://www.w3.org/TR/trace-context/), case by case. */
class TraceContextTest {

  private static final String VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  @Test
  void aValidTraceparentIsReadAndWrittenBackUnchanged() {
    TraceContext trace = TraceContext.parse(VALID, "congo=t61rcWkgMzE,rojo=00f067aa0ba902b7").orElseThrow();
    assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", trace.traceId());
    assertEquals("00f067aa0ba902b7", trace.spanId());
    assertEquals("01", trace.flags());
    assertEquals("congo=t61rcWkgMzE,rojo=00f067aa0ba902b7", trace.state());
    assertEquals(VALID, trace.traceparent());
    assertEquals(VALID, TraceContext.parse("  " + VALID + " ", null).orElseThrow().traceparent());
  }

  @Test
  void malformedOrForbiddenTraceparentsAreIgnored() {
    for (String bad : new String[] {
        null, "", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7", // no flags
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01", // upper case
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01", // zero trace id
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", // zero parent id
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", // version ff is invalid
        VALID + "-extra", // version 00 has exactly four fields
        "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01", // 31 digits
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0g"}) {
      assertEquals(Optional.empty(), TraceContext.parse(bad, null), String.valueOf(bad));
    }
  }

  @Test
  void aLaterVersionIsReadAsFarAsVersionZeroGoes() {
    TraceContext trace =
        TraceContext.parse("cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-what-the-future-adds", null)
            .orElseThrow();
    assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", trace.traceId());
    assertEquals(VALID, trace.traceparent(), "we speak version 00 onwards");
  }

  @Test
  void anInvalidTracestateIsDroppedAndTheTraceKept() {
    assertNull(TraceContext.parse(VALID, "no equals sign").orElseThrow().state());
    assertNull(TraceContext.parse(VALID, "a=1,".repeat(33) + "z=1").orElseThrow().state(), "more than 32 members");
    assertNull(TraceContext.parse(VALID, "k=" + "v".repeat(600)).orElseThrow().state(), "longer than 512");
    assertNull(TraceContext.parse(VALID, "   ").orElseThrow().state());
  }

  @Test
  void aChildKeepsTheTraceAndItsStateWithANewSpan() {
    TraceContext parent = TraceContext.parse(VALID, "rojo=1").orElseThrow();
    TraceContext child = parent.child();
    assertEquals(parent.traceId(), child.traceId());
    assertEquals("rojo=1", child.state());
    assertNotEquals(parent.spanId(), child.spanId());
    assertTrue(child.spanId().matches("[0-9a-f]{16}"), child.spanId());
  }

  @Test
  void aNewRootIsAValidSampledTraceEveryTimeDifferent() {
    TraceContext first = TraceContext.newRoot();
    TraceContext second = TraceContext.newRoot();
    assertTrue(first.traceparent().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), first.traceparent());
    assertEquals(first, TraceContext.parse(first.traceparent(), null).orElseThrow());
    assertNotEquals(first.traceId(), second.traceId());
  }
}
