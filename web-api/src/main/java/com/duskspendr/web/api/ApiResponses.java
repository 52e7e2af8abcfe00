package com.duskspendr.web.api;

import com.duskspendr.web.envelope.EnvelopeFactory;
import com.duskspendr.web.request.RequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** How resources answer: data wrapped in the success envelope for the current request. */
public final class ApiResponses {

  private ApiResponses() {}

  public static Response ok(Object data) {
    return envelope(Response.ok(), data).build();
  }

  public static Response created(URI location, Object data) {
    return envelope(Response.created(location), data).build();
  }

  /** A page of a list, with the cursor of the next page in {@code meta.nextCursor} (null on the last page). */
  public static Response page(Object data, String nextCursor) {
    return pageBuilder(data, nextCursor).build();
  }

  /** A page of a list, with extra headers still to add. */
  public static Response.ResponseBuilder pageBuilder(Object data, String nextCursor) {
    return Response.ok()
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(EnvelopeFactory.system().page(RequestContext.requestIdOrNew(), data, nextCursor));
  }

  /** A page of a list with {@code meta.unreadCount} (the notification inbox). */
  public static Response countedPage(Object data, String nextCursor, long unreadCount) {
    return Response.ok()
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(EnvelopeFactory.system().counted(RequestContext.requestIdOrNew(), data, nextCursor, unreadCount))
        .build();
  }

  /** Created, with extra headers to add: the builder with the envelope already set. */
  public static Response.ResponseBuilder createdBuilder(URI location, Object data) {
    return envelope(Response.created(location), data);
  }

  /** For answers that need extra headers: the builder with the envelope already set. */
  public static Response.ResponseBuilder okBuilder(Object data) {
    return envelope(Response.ok(), data);
  }

  /** OK with a merchant rule offered in {@code meta.ruleSuggestion} (null: none); extra headers still to add. */
  public static Response.ResponseBuilder okBuilderSuggesting(Object data, Object ruleSuggestion) {
    return Response.ok()
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(EnvelopeFactory.system().withRuleSuggestion(RequestContext.requestIdOrNew(), data, ruleSuggestion));
  }

  /** Accepted for processing (202), with where to follow it. */
  public static Response accepted(URI location, Object data) {
    return envelope(Response.accepted().location(location), data).build();
  }

  public static Response noContent() {
    return Response.noContent().build();
  }

  private static Response.ResponseBuilder envelope(Response.ResponseBuilder builder, Object data) {
    return builder
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(EnvelopeFactory.system().success(RequestContext.requestIdOrNew(), data));
  }
}
