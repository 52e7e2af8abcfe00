package com.duskspendr.web.errors;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Claims Bean Validation failures before the JAX-RS implementation's own mapper does. Delegates to {@link ErrorResponses}. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

  @Override
  public Response toResponse(ValidationException exception) {
    return ErrorResponses.of(exception);
  }
}
