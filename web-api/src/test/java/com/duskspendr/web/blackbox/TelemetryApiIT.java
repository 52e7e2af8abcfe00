package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.messaging.Destinations;
import com.duskspendr.web.it.IntegrationEnvironment;
import com.duskspendr.web.it.LocalOtlpReceiver;
import com.duskspendr.web.it.LocalOtlpReceiver.ReceivedSpan;
import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OpenTelemetry spans as a collector receives them (the tests' system exports OTLP/HTTP to {@link
 * LocalOtlpReceiver}): one create is one connected trace from the HTTP request, through the outbox and the
 * broker, to the categorization consumer that files it.
 */
@ExtendWith(WithIntegrationEnvironment.class)
class TelemetryApiIT {

  private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
  private static final String CATEGORIZATION_CONSUMER = "com.duskspendr.ml.categorization.boundary.CategorizationConsumer";

  private final LocalOtlpReceiver collector = IntegrationEnvironment.get().otlpReceiver();

  @Test
  void aCreateIsOneTraceFromTheRequestToTheCategorizationConsumer() throws Exception {
    ApiClient.Session user = signedInUser();
    String traceId = UUID.randomUUID().toString().replace("-", "");
    String callerSpan = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    ExtractableResponse<Response> created = authorized(user.accessToken())
        .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
        .body(Map.of("amount", "-4.75", "date", TODAY, "merchantName", "POS 4417 STARBUCKS #1234 SEATTLE WA"))
        .post("/api/v1/transactions").then().statusCode(201).extract();
    String id = created.path("data.id");
    // The first categorization of a fresh system loads the model: patience as for the other first ones.
    CategorizationApiIT.awaitTransaction(
        user.accessToken(), id, t -> t.getLong("data.version") >= 2, Duration.ofSeconds(60));

    Optional<ReceivedSpan> request = Optional.empty();
    Optional<ReceivedSpan> consumer = Optional.empty();
    List<ReceivedSpan> trace = List.of();
    // Spans leave the server in batches after they end: the consumer's once its transaction committed.
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      trace = collector.trace(traceId);
      request = trace.stream().filter(span -> span.parentSpanId().equals(callerSpan)).findFirst();
      consumer = trace.stream()
          .filter(span -> CATEGORIZATION_CONSUMER.equals(span.attributes().get("code.namespace"))).findFirst();
      if (request.isPresent() && consumer.isPresent() && unparented(trace, callerSpan).isEmpty()) {
        break;
      }
      Thread.sleep(200);
    }
    assertTrue(request.isPresent(), "no span of the request, a child of the caller's, among " + trace);
    assertTrue(consumer.isPresent(), "no span of the categorization consumer among " + trace);

    ReceivedSpan server = request.get();
    assertEquals(SpanKind.SPAN_KIND_SERVER, server.kind(), () -> "in " + collector.trace(traceId));
    assertEquals("POST /v1/transactions", server.name(), () -> "named by its route template: " + collector.trace(traceId));
    assertEquals("201", server.attributes().get("http.status_code"));
    assertEquals("duskspendr", server.serviceName());
    // The answer names the exported span: a client can look its request up in the tracing backend.
    assertEquals("00-" + traceId + "-" + server.spanId() + "-01", created.header("traceresponse"));

    ReceivedSpan consumed = consumer.get();
    assertEquals(SpanKind.SPAN_KIND_CONSUMER, consumed.kind());
    assertEquals(Destinations.CATEGORIZATION_QUEUE_ADDRESS + " process", consumed.name());
    assertEquals("jms", consumed.attributes().get("messaging.system"));
    assertEquals("CategorizationRequested", consumed.attributes().get("duskspendr.event.type"));
    List<String> chain = parentChain(trace, consumed);
    assertTrue(chain.contains(server.spanId()),
        "the consumer's parents " + chain + " reach the request's span " + server.spanId());
    assertEquals(server.spanId(), consumed.parentSpanId(), "the outbox carried the request's own span");

    // Every other span of the trace (Payara's JAX-RS span, the consumers of what the categorizer published)
    // hangs from one of the trace's own: nothing started a trace of its own or a sibling of the request.
    assertEquals(List.of(), unparented(trace, callerSpan), "spans whose parent is not in the trace");
    assertTrue(trace.size() >= 3, "the request, Payara's resource span and the consumer at least: " + trace);
  }

  /** The spans whose parent is neither another span of the trace nor the caller's span. */
  private static List<ReceivedSpan> unparented(List<ReceivedSpan> trace, String callerSpan) {
    Set<String> ids = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
    return trace.stream()
        .filter(span -> !span.parentSpanId().equals(callerSpan) && !ids.contains(span.parentSpanId()))
        .toList();
  }

  /** The span's parent, its parent's parent and so on, as far as the trace has them. */
  private static List<String> parentChain(List<ReceivedSpan> trace, ReceivedSpan span) {
    Map<String, ReceivedSpan> byId = trace.stream()
        .collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity(), (first, second) -> first));
    List<String> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String parent = span.parentSpanId(); !parent.isEmpty() && seen.add(parent); ) {
      chain.add(parent);
      ReceivedSpan next = byId.get(parent);
      if (next == null) {
        break;
      }
      parent = next.parentSpanId();
    }
    return chain;
  }
}
