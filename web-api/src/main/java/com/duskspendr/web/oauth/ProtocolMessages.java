package com.duskspendr.web.oauth;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.function.Function;

/**
 * JAX-RS requests to the SDK's {@link HTTPRequest} and its {@link HTTPResponse} back: the only translation the
 * web tier does; reading the parameters is the SDK's job.
 */
final class ProtocolMessages {

  private ProtocolMessages() {}

  /**
   * A form POST of the token, revocation or introspection endpoint; empty with the error to answer when
   * parameters come in the URL (credentials and tokens never travel in URLs, RFC 9700 4.3 / RFC 6750 2.3).
   */
  private static Optional<HTTPRequest> formPost(UriInfo uri, HttpHeaders headers, String body) {
    if (uri.getRequestUri().getRawQuery() != null) {
      return Optional.empty();
    }
    HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, uri.getRequestUri());
    try {
      request.setContentType(headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
    } catch (ParseException unreadable) {
      return Optional.empty();
    }
    request.setAuthorization(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
    request.setBody(body == null ? "" : body);
    return Optional.of(request);
  }

  /**
   * One client-authenticated protocol endpoint (token, revocation, introspection): the form POST read as
   * the SDK's request, handed to the endpoint, its answer written back; parameters in the URL refused.
   */
  static Response answer(UriInfo uri, HttpHeaders headers, String body, Function<HTTPRequest, HTTPResponse> endpoint) {
    return formPost(uri, headers, body).map(endpoint).map(ProtocolMessages::toResponse)
        .orElseGet(ProtocolMessages::parametersInUrl);
  }

  private static Response parametersInUrl() {
    ErrorObject error = OAuth2Error.INVALID_REQUEST.setDescription("Send the parameters in the form body, never in the URL");
    return toResponse(new TokenErrorResponse(error).toHTTPResponse());
  }

  static Response toResponse(HTTPResponse answer) {
    Response.ResponseBuilder response = Response.status(answer.getStatusCode());
    answer.getHeaderMap().forEach((name, values) -> values.forEach(value -> response.header(name, value)));
    if (answer.getBody() != null) {
      response.entity(answer.getBody());
    }
    // Tokens and their errors are never cached, whatever the SDK set (RFC 6749 5.1).
    return response.header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache").build();
  }
}
