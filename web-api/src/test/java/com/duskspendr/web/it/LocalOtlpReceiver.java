package com.duskspendr.web.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * An OpenTelemetry collector's trace endpoint as the tests' system exports to it: OTLP/HTTP with protobuf
 * bodies ({@code POST /v1/traces}, an {@code ExportTraceServiceRequest}, answered 200 with an empty {@code
 * ExportTraceServiceResponse}), the protocol of the OTLP exporter Payara bundles (which sends no JSON). On a
 * loopback port in the test JVM; it keeps the newest spans it received for the tests to look at.
 */
public final class LocalOtlpReceiver implements AutoCloseable {

  /** Enough for every span of a whole suite run to stay while a test looks for its own. */
  private static final int KEPT_SPANS = 200_000;

  /** One received span: ids as lower-case hex (as {@code traceparent} writes them), the parent empty for a root. */
  public record ReceivedSpan(String traceId, String spanId, String parentSpanId, String name, Span.SpanKind kind,
      String serviceName, Map<String, String> attributes) {}

  private final HttpServer server;
  private final Deque<ReceivedSpan> spans = new ArrayDeque<>();

  LocalOtlpReceiver(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/v1/traces", this::traces);
    server.start();
  }

  /** What {@code otel.exporter.otlp.endpoint} names (the exporter appends {@code /v1/traces}). */
  public String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Switches MicroProfile Telemetry on in the system the launcher starts (it passes {@code otel.*} on),
   * exporting here: a batch every 200 ms, not the default 5 s, so a test sees its spans soon after they end.
   */
  void configureLauncher() {
    System.setProperty("otel.sdk.disabled", "false");
    System.setProperty("otel.service.name", "duskspendr");
    System.setProperty("otel.traces.exporter", "otlp");
    System.setProperty("otel.exporter.otlp.protocol", "http/protobuf");
    System.setProperty("otel.exporter.otlp.endpoint", endpoint());
    System.setProperty("otel.bsp.schedule.delay", "200");
  }

  /** The spans received so far of one trace. */
  public synchronized List<ReceivedSpan> trace(String traceId) {
    return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
  }

  private void traces(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      ExportTraceServiceRequest request;
      try (InputStream body = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
          ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
        request = ExportTraceServiceRequest.parseFrom(body);
      } catch (IOException notOtlp) {
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      keep(request);
      byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
      exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
      exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
      if (answer.length > 0) {
        exchange.getResponseBody().write(answer);
      }
    }
  }

  private synchronized void keep(ExportTraceServiceRequest request) {
    HexFormat hex = HexFormat.of();
    for (ResourceSpans resource : request.getResourceSpansList()) {
      String service = attributes(resource.getResource().getAttributesList()).get("service.name");
      for (ScopeSpans scope : resource.getScopeSpansList()) {
        for (Span span : scope.getSpansList()) {
          spans.addLast(new ReceivedSpan(hex.formatHex(span.getTraceId().toByteArray()),
              hex.formatHex(span.getSpanId().toByteArray()), hex.formatHex(span.getParentSpanId().toByteArray()),
              span.getName(), span.getKind(), service, attributes(span.getAttributesList())));
          if (spans.size() > KEPT_SPANS) {
            spans.removeFirst();
          }
        }
      }
    }
  }

  private static Map<String, String> attributes(List<KeyValue> attributes) {
    Map<String, String> values = new HashMap<>();
    for (KeyValue attribute : attributes) {
      AnyValue value = attribute.getValue();
      values.put(attribute.getKey(), switch (value.getValueCase()) {
        case STRING_VALUE -> value.getStringValue();
        case INT_VALUE -> String.valueOf(value.getIntValue());
        case BOOL_VALUE -> String.valueOf(value.getBoolValue());
        case DOUBLE_VALUE -> String.valueOf(value.getDoubleValue());
        default -> value.toString();
      });
    }
    return values;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
