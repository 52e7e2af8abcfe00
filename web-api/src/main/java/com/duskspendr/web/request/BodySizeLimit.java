package com.duskspendr.web.request;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Caps API request bodies at {@code duskspendr.http.max-body-bytes} (default 1 MiB), or at the method's own
 * {@link BodyLimit}: rejected up front when {@code Content-Length} announces more, and while reading when the
 * body turns out longer.
 *
 * <p>A post-matching filter, so that it knows the resource method: a request that matches none never has
 * its body read at all. The filter leaves the method's cap in a request property for the reader interceptor,
 * which wraps the body stream.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter, ReaderInterceptor {

  public static final String CONFIG_KEY = "duskspendr.http.max-body-bytes";
  public static final long DEFAULT_MAX_BYTES = 1_048_576;

  /** The request property carrying the matched method's cap (a Long) from the filter to the interceptor. */
  static final String LIMIT_PROPERTY = BodySizeLimit.class.getName() + ".limit";

  private final long maxBytes;
  private final ToLongFunction<BodyLimit> ownLimit;
  private final Map<Method, Long> limits = new ConcurrentHashMap<>();

  @Context ResourceInfo resource;

  public BodySizeLimit() {
    this(
        ConfigProvider.getConfig().getOptionalValue(CONFIG_KEY, Long.class).orElse(DEFAULT_MAX_BYTES),
        own -> ConfigProvider.getConfig().getOptionalValue(own.configKey(), Long.class).orElse(own.defaultBytes()));
  }

  BodySizeLimit(long maxBytes) {
    this(maxBytes, BodyLimit::defaultBytes);
  }

  BodySizeLimit(long maxBytes, ToLongFunction<BodyLimit> ownLimit) {
    this.maxBytes = maxBytes;
    this.ownLimit = ownLimit;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    long limit = limitOf(resource == null ? null : resource.getResourceMethod());
    request.setProperty(LIMIT_PROPERTY, limit);
    String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (declared != null && exceeds(declared.trim(), limit)) {
      throw new PayloadTooLargeException(limit);
    }
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    long limit = context.getProperty(LIMIT_PROPERTY) instanceof Long own ? own : maxBytes;
    context.setInputStream(new LimitedInputStream(context.getInputStream(), limit));
    return context.proceed();
  }

  /** The method's own cap if it declares one, else the global one; read from the configuration once per method. */
  long limitOf(Method method) {
    if (method == null) {
      return maxBytes;
    }
    return limits.computeIfAbsent(method, m -> {
      BodyLimit own = m.getAnnotation(BodyLimit.class);
      return own == null ? maxBytes : ownLimit.applyAsLong(own);
    });
  }

  private static boolean exceeds(String contentLength, long limit) {
    try {
      return Long.parseLong(contentLength) > limit;
    } catch (NumberFormatException tooLongOrNotANumber) {
      // The container rejects a malformed length; a number too large for a long is certainly too large.
      return contentLength.chars().allMatch(Character::isDigit);
    }
  }
}
