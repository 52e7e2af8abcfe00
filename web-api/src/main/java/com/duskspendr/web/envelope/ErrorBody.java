package com.duskspendr.web.envelope;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The {@code error} member: a stable machine-readable code, a message for humans, and one detail per
 * offending field (empty, never absent, when the problem is not about a field).
 */
@JsonbPropertyOrder({"code", "message", "details"})
public record ErrorBody(ErrorCode code, String message, List<FieldIssue> details) {

  public ErrorBody {
    details = details == null ? List.of() : List.copyOf(details);
  }
}
