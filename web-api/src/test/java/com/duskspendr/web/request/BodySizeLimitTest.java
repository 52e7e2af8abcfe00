package com.duskspendr.web.request;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodySizeLimitTest {

  private final BodySizeLimit limit = new BodySizeLimit(1000);

  private static ContainerRequestContext withContentLength(String value) {
    return (ContainerRequestContext) Proxy.newProxyInstance(
        BodySizeLimitTest.class.getClassLoader(),
        new Class<?>[] {ContainerRequestContext.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getHeaderString") && "Content-Length".equalsIgnoreCase((String) args[0])) {
            return value;
          }
          if (method.getName().equals("setProperty")) {
            return null;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"1001", "99999999999", "99999999999999999999999999"})
  void announcedBodiesOverTheLimitAreRefusedBeforeReading(String contentLength) {
    assertThrows(PayloadTooLargeException.class, () -> limit.filter(withContentLength(contentLength)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1000", " 12 "})
  void announcedBodiesWithinTheLimitPass(String contentLength) {
    assertDoesNotThrow(() -> limit.filter(withContentLength(contentLength)));
  }

  @Test
  void unannouncedBodiesAreLeftToTheReader() {
    assertDoesNotThrow(() -> limit.filter(withContentLength(null)));
  }

  @Test
  void theReaderSeesACountingStream() throws Exception {
    AtomicReference<InputStream> seen = new AtomicReference<>(new ByteArrayInputStream(new byte[1001]));
    ReaderInterceptorContext context = (ReaderInterceptorContext) Proxy.newProxyInstance(
        BodySizeLimitTest.class.getClassLoader(),
        new Class<?>[] {ReaderInterceptorContext.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getInputStream" -> seen.get();
          case "setInputStream" -> {
            seen.set((InputStream) args[0]);
            yield null;
          }
          case "proceed" -> seen.get().readAllBytes();
          case "getProperty" -> null;
          default -> throw new UnsupportedOperationException(method.getName());
        });

    assertThrows(PayloadTooLargeException.class, () -> limit.aroundReadFrom(context));
    assertInstanceOf(LimitedInputStream.class, seen.get());
  }

  static class Endpoints {
    void ordinary() {}

    @BodyLimit(configKey = "test.big", defaultBytes = 5000)
    void statement() {}
  }

  @Test
  void aMethodWithItsOwnLimitUsesItAndOthersTheGlobalOne() throws Exception {
    BodySizeLimit configured = new BodySizeLimit(1000, own -> own.configKey().equals("test.big") ? 6000 : -1);

    assertEquals(6000, configured.limitOf(Endpoints.class.getDeclaredMethod("statement")));
    assertEquals(1000, configured.limitOf(Endpoints.class.getDeclaredMethod("ordinary")));
    assertEquals(1000, configured.limitOf(null));
    assertEquals(5000, limit.limitOf(Endpoints.class.getDeclaredMethod("statement")));
  }

  @Test
  void theReaderUsesTheLimitTheFilterFound() throws Exception {
    AtomicReference<InputStream> seen = new AtomicReference<>(new ByteArrayInputStream(new byte[3000]));
    ReaderInterceptorContext context = (ReaderInterceptorContext) Proxy.newProxyInstance(
        BodySizeLimitTest.class.getClassLoader(),
        new Class<?>[] {ReaderInterceptorContext.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getInputStream" -> seen.get();
          case "setInputStream" -> {
            seen.set((InputStream) args[0]);
            yield null;
          }
          case "proceed" -> seen.get().readAllBytes();
          case "getProperty" -> BodySizeLimit.LIMIT_PROPERTY.equals(args[0]) ? 5000L : null;
          default -> throw new UnsupportedOperationException(method.getName());
        });

    assertEquals(3000, ((byte[]) limit.aroundReadFrom(context)).length);
  }
}
