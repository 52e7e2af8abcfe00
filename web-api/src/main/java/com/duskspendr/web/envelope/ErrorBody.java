package com.duskspendr.web.envelope;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The {@code error} member: a stable machine-readable code, a message for humans, and one detail per
 * offending field (empty, never absent, when the problem is not about a field). A {@code CONFLICT} about a
 * stale version also carries {@code current}, the server's current state of the record (absent otherwise),
 * so that the client can merge without another round trip.
 */
@JsonbPropertyOrder({"code", "message", "details", "current"})
public record ErrorBody(ErrorCode code, String message, List<FieldIssue> details, Object current) {

  public ErrorBody {
    details = details == null ? List.of() : List.copyOf(details);
  }

  public ErrorBody(ErrorCode code, String message, List<FieldIssue> details) {
    this(code, message, details, null);
  }
}
