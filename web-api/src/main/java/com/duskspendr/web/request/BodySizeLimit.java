package com.duskspendr.web.request;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Caps API request bodies at {@code duskspendr.http.max-body-bytes} (default 1 MiB): rejected up front when
 * {@code Content-Length} announces more, and while reading when the body turns out longer.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter, ReaderInterceptor {

  public static final String CONFIG_KEY = "duskspendr.http.max-body-bytes";
  public static final long DEFAULT_MAX_BYTES = 1_048_576;

  private final long maxBytes;

  public BodySizeLimit() {
    this(ConfigProvider.getConfig().getOptionalValue(CONFIG_KEY, Long.class).orElse(DEFAULT_MAX_BYTES));
  }

  BodySizeLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (declared != null && exceeds(declared.trim())) {
      throw new PayloadTooLargeException(maxBytes);
    }
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    context.setInputStream(new LimitedInputStream(context.getInputStream(), maxBytes));
    return context.proceed();
  }

  private boolean exceeds(String contentLength) {
    try {
      return Long.parseLong(contentLength) > maxBytes;
    } catch (NumberFormatException tooLongOrNotANumber) {
      // The container rejects a malformed length; a number too large for a long is certainly too large.
      return contentLength.chars().allMatch(Character::isDigit);
    }
  }
}
