package com.duskspendr.web.sync;

import com.duskspendr.web.envelope.FieldIssue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened to one pushed change; results are in the order of the changes. */
@JsonbNillable
@JsonbPropertyOrder({"index", "entity", "id", "status", "version", "current", "details"})
public record PushResult(
    int index,
    String entity,
    String id,
    @Schema(description = "applied: written (or already so); conflict: not written, the server has another "
        + "version (see current; null when the record was deleted on the server); rejected: invalid, see details; "
        + "error: the server failed, push it again later") String status,
    @Schema(description = "For applied: the record's version now (null when a delete found it already deleted); "
        + "for conflict: the server's version") Long version,
    @Schema(description = "For conflict: the server's record, as its GET returns it") Object current,
    List<FieldIssue> details) {

  static final String APPLIED = "applied";
  static final String CONFLICT = "conflict";
  static final String REJECTED = "rejected";
  static final String ERROR = "error";

  static PushResult applied(int index, String entity, String id, Long version) {
    return new PushResult(index, entity, id, APPLIED, version, null, List.of());
  }

  static PushResult conflict(int index, String entity, String id, SyncedRecord current) {
    return current == null
        ? new PushResult(index, entity, id, CONFLICT, null, null, List.of())
        : new PushResult(index, entity, id, CONFLICT, current.version(), current.representation(), List.of());
  }

  static PushResult rejected(int index, String entity, String id, List<FieldIssue> details) {
    return new PushResult(index, entity, id, REJECTED, null, null, details);
  }

  static PushResult error(int index, String entity, String id) {
    return new PushResult(index, entity, id, ERROR, null, null, List.of());
  }
}
