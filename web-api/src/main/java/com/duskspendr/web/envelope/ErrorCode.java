package com.duskspendr.web.envelope;

import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The error codes clients may rely on, each with its HTTP status and a generic message. ({@code @Schema}
 * because Payara lists the values in the OpenAPI document but leaves out their type.)
 */
@Schema(type = SchemaType.STRING)
public enum ErrorCode {
  VALIDATION_ERROR(400, "The request is invalid"),
  UNAUTHORIZED(401, "Authentication is required"),
  FORBIDDEN(403, "You are not allowed to do this"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "This method is not allowed here"),
  NOT_ACCEPTABLE(406, "None of the accepted media types can be produced"),
  CONFLICT(409, "The request conflicts with the current state"),
  PAYLOAD_TOO_LARGE(413, "The request body is too large"),
  URI_TOO_LONG(414, "The request's path and query are too long"),
  UNSUPPORTED_MEDIA_TYPE(415, "This content type is not supported here"),
  RATE_LIMITED(429, "Too many requests; try again later"),
  HEADERS_TOO_LARGE(431, "The request's headers are too large"),
  INTERNAL_ERROR(500, "An unexpected error occurred"),
  SERVICE_UNAVAILABLE(503, "The service is temporarily unavailable");

  private final int status;
  private final String defaultMessage;

  ErrorCode(int status, String defaultMessage) {
    this.status = status;
    this.defaultMessage = defaultMessage;
  }

  public int status() {
    return status;
  }

  public String defaultMessage() {
    return defaultMessage;
  }

  /**
   * The code for an HTTP status that has no more specific cause (container error pages, bare
   * {@code WebApplicationException}s): exact match, else the 4xx or 5xx catch-all.
   */
  public static ErrorCode forStatus(int status) {
    return Arrays.stream(values())
        .filter(code -> code.status == status)
        .findFirst()
        .orElse(status >= 400 && status < 500 ? VALIDATION_ERROR : INTERNAL_ERROR);
  }
}
