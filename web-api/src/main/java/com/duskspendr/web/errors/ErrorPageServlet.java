package com.duskspendr.web.errors;

import com.duskspendr.web.api.ApiJson;
import com.duskspendr.web.envelope.EnvelopeFactory;
import com.duskspendr.web.envelope.ErrorCode;
import com.duskspendr.web.envelope.ErrorEnvelope;
import com.duskspendr.web.request.RequestIdFilter;
import com.duskspendr.web.request.RequestIds;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the whole web application (see {@code web.xml}): answers that the container gives
 * itself, such as 401 or 403 from the role check, 404 for a path
 * outside {@code /api} or an exception that escaped a servlet, in the same JSON envelope as the API.
 */
@WebServlet(name = "ErrorPageServlet", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

  public static final String PATH = "/error";

  private static final long serialVersionUID = 1L;
  private static final ErrorTranslator TRANSLATOR = new ErrorTranslator();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ApiError error = errorOf(
        (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE),
        (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
    if (response.isCommitted()) {
      return;
    }
    String requestId = RequestIdFilter.requestIdOf(request);
    ErrorEnvelope envelope = EnvelopeFactory.system().error(requestId, error.code(), error.message(), error.details());

    response.setStatus(error.status());
    response.setHeader(RequestIds.HEADER, requestId);
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    error.headers().forEach((name, value) -> {
      if (!response.containsHeader(name)) {
        response.setHeader(name, value);
      }
    });
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (!"HEAD".equals(request.getMethod())) {
      response.getWriter().write(ApiJson.jsonb().toJson(envelope));
    }
  }

  /** The error for an error dispatch: from the exception when there is one, else from the status alone. */
  static ApiError errorOf(Integer status, Throwable thrown) {
    if (thrown != null) {
      ApiError error = TRANSLATOR.translate(thrown);
      ErrorResponses.log(error, thrown);
      return error;
    }
    if (status == null) {
      // Someone asked for /error directly: there is no such resource.
      return ApiError.of(ErrorCode.NOT_FOUND);
    }
    ApiError error = ApiError.of(ErrorCode.forStatus(status));
    return status == 401 ? error.withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer") : error;
  }
}
