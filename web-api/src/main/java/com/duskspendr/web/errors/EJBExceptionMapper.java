package com.duskspendr.web.errors;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** System exceptions from the service beans, unwrapped by the translator. Delegates to {@link ErrorResponses}. */
@Provider
public class EJBExceptionMapper implements ExceptionMapper<EJBException> {

  @Override
  public Response toResponse(EJBException exception) {
    return ErrorResponses.of(exception);
  }
}
