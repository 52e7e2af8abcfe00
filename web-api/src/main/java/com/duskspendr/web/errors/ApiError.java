package com.duskspendr.web.errors;

import com.duskspendr.web.envelope.ErrorCode;
import com.duskspendr.web.envelope.FieldIssue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a failure means for the client: the code (and so the status), a message fit to show, field details,
 * response headers the code calls for ({@code Retry-After}, {@code Allow}), and for a conflict the server's
 * current record (null otherwise).
 */
public record ApiError(
    ErrorCode code, String message, List<FieldIssue> details, Map<String, String> headers, Object current) {

  public ApiError {
    message = message == null || message.isBlank() ? code.defaultMessage() : message;
    details = List.copyOf(details);
    headers = Map.copyOf(headers);
  }

  public ApiError(ErrorCode code, String message, List<FieldIssue> details, Map<String, String> headers) {
    this(code, message, details, headers, null);
  }

  /** A conflict that shows the client the server's current state of the record. */
  public static ApiError conflict(String message, Object current) {
    return new ApiError(ErrorCode.CONFLICT, message, List.of(), Map.of(), current);
  }

  public static ApiError of(ErrorCode code) {
    return new ApiError(code, code.defaultMessage(), List.of(), Map.of());
  }

  public static ApiError of(ErrorCode code, String message) {
    return new ApiError(code, message, List.of(), Map.of());
  }

  public static ApiError of(ErrorCode code, String message, List<FieldIssue> details) {
    return new ApiError(code, message, details, Map.of());
  }

  public int status() {
    return code.status();
  }

  /** Whether this is our fault: logged with the cause, and the client learns nothing about it. */
  public boolean serverFault() {
    return code == ErrorCode.INTERNAL_ERROR;
  }

  ApiError withHeader(String name, String value) {
    Map<String, String> merged = new HashMap<>(headers);
    merged.put(name, value);
    return new ApiError(code, message, details, merged, current);
  }
}
