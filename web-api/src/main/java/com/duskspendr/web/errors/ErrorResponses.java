package com.duskspendr.web.errors;

import com.duskspendr.web.envelope.EnvelopeFactory;
import com.duskspendr.web.envelope.ErrorEnvelope;
import com.duskspendr.web.request.RequestContext;
import com.duskspendr.web.request.RequestLog;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Renders a failure as a JAX-RS response carrying the error envelope; what it means is the translator's call. */
final class ErrorResponses {

  private static final Logger LOG = Logger.getLogger(ErrorResponses.class.getName());
  private static final ErrorTranslator TRANSLATOR = new ErrorTranslator();

  private ErrorResponses() {}

  static Response of(Throwable thrown) {
    if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 400) {
      // Redirects and the like travel as exceptions but are not errors.
      return web.getResponse();
    }
    String requestId = RequestContext.requestIdOrNew();
    ApiError error = TRANSLATOR.translate(thrown);
    log(error, thrown);
    ErrorEnvelope envelope = EnvelopeFactory.system().error(requestId, error.code(), error.message(), error.details(), error.current());
    Response.ResponseBuilder response = Response.status(error.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(envelope);
    error.headers().forEach(response::header);
    return response.build();
  }

  static void log(ApiError error, Throwable thrown) {
    if (error.serverFault()) {
      RequestLog.log(LOG, Level.SEVERE, "Unexpected failure answered with " + error.code(), thrown);
    } else {
      RequestLog.log(LOG, Level.FINE, "Answered " + error.code() + ": " + thrown);
    }
  }
}
