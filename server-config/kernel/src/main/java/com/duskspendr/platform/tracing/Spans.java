package com.duskspendr.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.inject.spi.CDI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * OpenTelemetry spans (MicroProfile Telemetry) for the two places where work enters the application: a
 * request at the HTTP edge and a message in a consumer. Payara builds the SDK and its OTLP exporter from the
 * {@code otel.*} keys, but only when the application's configuration says {@code otel.sdk.disabled=false};
 * so does this class. Off (the default), nothing here touches OpenTelemetry: {@link #enabled()} is one read of
 * a field, and the hand-made {@link TraceContext} carries the trace as before.
 *
 * <p>On, the span's own context is the {@link CurrentTrace} (not a second, invented span id), so what the
 * outbox stores and the relay sends names the exported span, and the consumer's span is exported as its
 * child: one trace, parent-linked, across the broker, which nothing instruments for us.
 */
public final class Spans {

  /** MicroProfile Telemetry's own switch, with its default: the SDK is off unless this says false. */
  public static final String DISABLED_KEY = "otel.sdk.disabled";

  private static final TextMapGetter<TraceContext> FROM_TRACE = new TextMapGetter<>() {
    @Override
    public Iterable<String> keys(TraceContext trace) {
      return List.of(TraceContext.TRACEPARENT, TraceContext.TRACESTATE);
    }

    @Override
    public String get(TraceContext trace, String key) {
      if (trace == null) {
        return null;
      }
      return TraceContext.TRACEPARENT.equals(key) ? trace.traceparent()
          : TraceContext.TRACESTATE.equals(key) ? trace.state() : null;
    }
  };

  /** Read once per application: Payara reads the switch once too, when it deploys the application. */
  private static volatile Boolean enabled;

  private static volatile Tracer tracer;

  private Spans() {}

  public static boolean enabled() {
    Boolean on = enabled;
    if (on == null) {
      on = readSwitch();
      enabled = on;
    }
    return on;
  }

  private static boolean readSwitch() {
    try {
      return !ConfigProvider.getConfig().getOptionalValue(DISABLED_KEY, Boolean.class).orElse(Boolean.TRUE);
    } catch (IllegalStateException | ServiceConfigurationError noConfig) {
      // outside a server (plain unit tests) there is no MicroProfile Config, and no SDK either
      return false;
    }
  }

  /**
   * Starts the span of an HTTP request, without making it OpenTelemetry's current span: Payara's JAX-RS
   * instrumentation ends whatever span is current when a resource's request finishes, so a current server
   * span would end before the request's filter has named it (seen on Payara Micro 6.2025.10). The request's
   * {@link CurrentTrace} names it instead; the resource's own span takes it as its parent by the {@code
   * traceparent} header.
   *
   * @param caller the caller's trace, null to start a new one
   */
  public static Active server(String name, TraceContext caller) {
    return start(name, SpanKind.SERVER, caller, false);
  }

  /**
   * Starts the span of a consumed message, a child of the span that sent it, current until {@link
   * Active#close()}.
   *
   * @param sender the message's trace, null to start a new one
   */
  public static Active consumer(String name, TraceContext sender) {
    return start(name, SpanKind.CONSUMER, sender, true);
  }

  /**
   * The OpenTelemetry span current on this thread as a {@link TraceContext}, when telemetry is on and one is
   * ({@link #consumer}'s); empty otherwise.
   */
  public static Optional<TraceContext> current() {
    if (!enabled()) {
      return Optional.empty();
    }
    return Span.current().getSpanContext().isValid() ? traceOf(Context.current()) : Optional.empty();
  }

  private static Active start(String name, SpanKind kind, TraceContext parent, boolean current) {
    Context parentContext = contextOf(parent);
    Span span = tracer().spanBuilder(name).setSpanKind(kind).setParent(parentContext).startSpan();
    Scope scope = current ? span.makeCurrent() : null;
    TraceContext trace = traceOf(parentContext.with(span))
        // an invalid context (no SDK after all) keeps the hand-made trace going
        .orElseGet(() -> parent == null ? TraceContext.newRoot() : parent.child());
    return new Active(span, scope, trace);
  }

  /** W3C's own propagator reads our trace, so the parent's tracestate reaches the SDK as it came. */
  static Context contextOf(TraceContext trace) {
    return W3CTraceContextPropagator.getInstance().extract(Context.root(), trace, FROM_TRACE);
  }

  /** The context's span as W3C's propagator writes it; empty when it has no valid span. */
  static Optional<TraceContext> traceOf(Context context) {
    Map<String, String> headers = new HashMap<>(2);
    W3CTraceContextPropagator.getInstance().inject(context, headers, Map::put);
    return TraceContext.parse(headers.get(TraceContext.TRACEPARENT), headers.get(TraceContext.TRACESTATE));
  }

  /** The application's tracer, as MicroProfile Telemetry produces it (Payara's SDK for this application). */
  private static Tracer tracer() {
    Tracer current = tracer;
    if (current == null) {
      current = CDI.current().select(Tracer.class).get();
      tracer = current;
    }
    return current;
  }

  /** A started span; a current one is closed on the thread that started it. */
  public static final class Active implements AutoCloseable {

    private final Span span;
    private final Scope scope;
    private final TraceContext trace;

    private Active(Span span, Scope scope, TraceContext trace) {
      this.span = span;
      this.scope = scope;
      this.trace = trace;
    }

    /** This span's position in its trace: what the work it does carries on (the {@link CurrentTrace}). */
    public TraceContext trace() {
      return trace;
    }

    public Active attribute(String key, String value) {
      if (value != null) {
        span.setAttribute(key, value);
      }
      return this;
    }

    public Active attribute(String key, long value) {
      span.setAttribute(key, value);
      return this;
    }

    /** A better name known only once the work ran (an HTTP request's matched route). */
    public Active rename(String name) {
      span.updateName(name);
      return this;
    }

    public Active failed(Throwable failure) {
      span.recordException(failure);
      span.setStatus(StatusCode.ERROR);
      return this;
    }

    public Active failed() {
      span.setStatus(StatusCode.ERROR);
      return this;
    }

    /** Ends the span and, if it was current, gives the thread its previous context back. */
    @Override
    public void close() {
      if (scope != null) {
        scope.close();
      }
      span.end();
    }
  }
}
