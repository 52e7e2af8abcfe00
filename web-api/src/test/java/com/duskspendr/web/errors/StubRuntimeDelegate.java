package com.duskspendr.web.errors;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.Variant;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * Just enough of a JAX-RS implementation for the standard exceptions and {@code Response.status(..)} to work in
 * plain unit tests (the API's classes look the implementation up through {@link RuntimeDelegate}): responses
 * with a status, headers and an entity. Everything else is unsupported.
 */
final class StubRuntimeDelegate extends RuntimeDelegate {

  static void install() {
    RuntimeDelegate.setInstance(new StubRuntimeDelegate());
  }

  @Override
  public Response.ResponseBuilder createResponseBuilder() {
    return new Builder();
  }

  @Override
  public UriBuilder createUriBuilder() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Variant.VariantListBuilder createVariantListBuilder() {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> T createEndpoint(Application application, Class<T> endpointType) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> HeaderDelegate<T> createHeaderDelegate(Class<T> type) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Link.Builder createLinkBuilder() {
    throw new UnsupportedOperationException();
  }

  @Override
  public SeBootstrap.Configuration.Builder createConfigurationBuilder() {
    throw new UnsupportedOperationException();
  }

  @Override
  public CompletionStage<SeBootstrap.Instance> bootstrap(Application application, SeBootstrap.Configuration configuration) {
    throw new UnsupportedOperationException();
  }

  @Override
  public CompletionStage<SeBootstrap.Instance> bootstrap(
      Class<? extends Application> clazz, SeBootstrap.Configuration configuration) {
    throw new UnsupportedOperationException();
  }

  @Override
  public EntityPart.Builder createEntityPartBuilder(String partName) {
    throw new UnsupportedOperationException();
  }

  private static final class Builder extends Response.ResponseBuilder {
    private int status = 200;
    private Object entity;
    private final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();

    @Override public Response build() { return new StubResponse(status, entity, headers); }
    @Override public Response.ResponseBuilder clone() { throw new UnsupportedOperationException(); }
    @Override public Response.ResponseBuilder status(int code) { status = code; return this; }
    @Override public Response.ResponseBuilder status(int code, String reason) { status = code; return this; }
    @Override public Response.ResponseBuilder entity(Object value) { entity = value; return this; }
    @Override public Response.ResponseBuilder entity(Object value, Annotation[] annotations) { entity = value; return this; }
    @Override public Response.ResponseBuilder allow(String... methods) { return allow(Set.of(methods)); }
    @Override public Response.ResponseBuilder allow(Set<String> methods) {
      headers.putSingle("Allow", methods.stream().sorted().collect(Collectors.joining(",")));
      return this;
    }
    @Override public Response.ResponseBuilder cacheControl(CacheControl cacheControl) { return header("Cache-Control", cacheControl); }
    @Override public Response.ResponseBuilder encoding(String encoding) { return header("Content-Encoding", encoding); }
    @Override public Response.ResponseBuilder header(String name, Object value) {
      if (value == null) {
        headers.remove(name);
      } else {
        headers.add(name, value);
      }
      return this;
    }
    @Override public Response.ResponseBuilder replaceAll(MultivaluedMap<String, Object> all) { headers.clear(); headers.putAll(all); return this; }
    @Override public Response.ResponseBuilder language(String language) { return header("Content-Language", language); }
    @Override public Response.ResponseBuilder language(Locale language) { return header("Content-Language", language); }
    @Override public Response.ResponseBuilder type(MediaType type) { return header("Content-Type", type); }
    @Override public Response.ResponseBuilder type(String type) { return header("Content-Type", type); }
    @Override public Response.ResponseBuilder variant(Variant variant) { throw new UnsupportedOperationException(); }
    @Override public Response.ResponseBuilder contentLocation(URI location) { return header("Content-Location", location); }
    @Override public Response.ResponseBuilder cookie(NewCookie... cookies) { throw new UnsupportedOperationException(); }
    @Override public Response.ResponseBuilder expires(Date expires) { return header("Expires", expires); }
    @Override public Response.ResponseBuilder lastModified(Date lastModified) { return header("Last-Modified", lastModified); }
    @Override public Response.ResponseBuilder location(URI location) { return header("Location", location); }
    @Override public Response.ResponseBuilder tag(EntityTag tag) { return header("ETag", tag); }
    @Override public Response.ResponseBuilder tag(String tag) { return header("ETag", tag); }
    @Override public Response.ResponseBuilder variants(Variant... variants) { throw new UnsupportedOperationException(); }
    @Override public Response.ResponseBuilder variants(List<Variant> variants) { throw new UnsupportedOperationException(); }
    @Override public Response.ResponseBuilder links(Link... links) { throw new UnsupportedOperationException(); }
    @Override public Response.ResponseBuilder link(URI uri, String rel) { throw new UnsupportedOperationException(); }
    @Override public Response.ResponseBuilder link(String uri, String rel) { throw new UnsupportedOperationException(); }
  }

  private static final class StubResponse extends Response {
    private final int status;
    private final Object entity;
    private final MultivaluedMap<String, Object> headers;

    StubResponse(int status, Object entity, MultivaluedMap<String, Object> headers) {
      this.status = status;
      this.entity = entity;
      this.headers = new MultivaluedHashMap<>(headers);
    }

    @Override public int getStatus() { return status; }
    @Override public StatusType getStatusInfo() {
      Status known = Status.fromStatusCode(status);
      return known != null ? known : new StatusType() {
        @Override public int getStatusCode() { return status; }
        @Override public Status.Family getFamily() { return Status.Family.familyOf(status); }
        @Override public String getReasonPhrase() { return ""; }
      };
    }
    @Override public Object getEntity() { return entity; }
    @Override public <T> T readEntity(Class<T> type) { throw new UnsupportedOperationException(); }
    @Override public <T> T readEntity(GenericType<T> type) { throw new UnsupportedOperationException(); }
    @Override public <T> T readEntity(Class<T> type, Annotation[] annotations) { throw new UnsupportedOperationException(); }
    @Override public <T> T readEntity(GenericType<T> type, Annotation[] annotations) { throw new UnsupportedOperationException(); }
    @Override public boolean hasEntity() { return entity != null; }
    @Override public boolean bufferEntity() { return false; }
    @Override public void close() {}
    @Override public MediaType getMediaType() { return (MediaType) headers.getFirst("Content-Type"); }
    @Override public Locale getLanguage() { throw new UnsupportedOperationException(); }
    @Override public int getLength() { return -1; }
    @Override public Set<String> getAllowedMethods() { throw new UnsupportedOperationException(); }
    @Override public Map<String, NewCookie> getCookies() { return Map.of(); }
    @Override public EntityTag getEntityTag() { throw new UnsupportedOperationException(); }
    @Override public Date getDate() { throw new UnsupportedOperationException(); }
    @Override public Date getLastModified() { throw new UnsupportedOperationException(); }
    @Override public URI getLocation() { return (URI) headers.getFirst("Location"); }
    @Override public Set<Link> getLinks() { return Set.of(); }
    @Override public boolean hasLink(String relation) { return false; }
    @Override public Link getLink(String relation) { return null; }
    @Override public Link.Builder getLinkBuilder(String relation) { throw new UnsupportedOperationException(); }
    @Override public MultivaluedMap<String, Object> getMetadata() { return headers; }
    @Override public MultivaluedMap<String, String> getStringHeaders() {
      MultivaluedMap<String, String> strings = new MultivaluedHashMap<>();
      headers.forEach((name, values) -> values.forEach(value -> strings.add(name, String.valueOf(value))));
      return strings;
    }
    @Override public String getHeaderString(String name) {
      List<Object> values = headers.get(name);
      return values == null ? null : values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
  }
}
