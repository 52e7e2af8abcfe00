package com.duskspendr.web.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The fallback: anything no more specific mapper claims. Delegates to {@link ErrorResponses}. */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

  @Override
  public Response toResponse(Throwable exception) {
    return ErrorResponses.of(exception);
  }
}
