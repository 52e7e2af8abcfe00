package com.duskspendr.web.request;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code Location} never echoes the request's {@code Host} header (a client or proxy chooses it, so it
 * could point the next request anywhere): resources build it from the request as JAX-RS makes easy, and
 * this filter keeps only its path, under {@code duskspendr.http.public-base-url} when configured (for
 * example {@code https://api.duskspendr.app}) or as a relative reference (RFC 9110 10.2.2) when not. Jersey's
 * own resolution of relative locations against the request is off ({@code DuskSpendrApi}).
 */
@Provider
public class PublicLocations implements ContainerResponseFilter {

  public static final String CONFIG_KEY = "duskspendr.http.public-base-url";

  /**
   * Set on a request whose answer redirects to another site on purpose (the OAuth authorization endpoint
   * sending the browser back to a client's registered redirect URI): its {@code Location} is kept whole.
   */
  public static final String EXTERNAL_REDIRECT = PublicLocations.class.getName() + ".external";

  private final Optional<URI> publicBase;

  public PublicLocations() {
    this(ConfigProvider.getConfig().getOptionalValue(CONFIG_KEY, String.class));
  }

  PublicLocations(Optional<String> publicBaseUrl) {
    this.publicBase = publicBaseUrl.map(String::strip).filter(url -> !url.isEmpty()).map(PublicLocations::base);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
    if (location != null && request.getProperty(EXTERNAL_REDIRECT) == null) {
      response.getHeaders().putSingle(HttpHeaders.LOCATION, publicOf(URI.create(location.toString())));
    }
  }

  URI publicOf(URI location) {
    String pathAndQuery = location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    return publicBase.map(base -> URI.create(base + pathAndQuery)).orElse(URI.create(pathAndQuery));
  }

  private static URI base(String url) {
    URI base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    if (!"https".equals(base.getScheme()) && !"http".equals(base.getScheme()) || base.getHost() == null) {
      throw new IllegalArgumentException(CONFIG_KEY + " must be an absolute http(s) URL, was " + url);
    }
    return base;
  }
}
