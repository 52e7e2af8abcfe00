package com.duskspendr.auth.audit.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One admin call: who (account id, null without a valid token), what (method and route), when, to what (the
 * route's parameters), and how it ended (the HTTP status and its {@link Outcome}).
 */
public record AuditEntry(
    Long id, OffsetDateTime occurredAt, UUID actorId, String action, String target, int status, Outcome outcome,
    String requestId) {

  /** How a call ended, from its HTTP status. */
  public enum Outcome {
    DONE, REFUSED, REJECTED, FAILED;

    public static Outcome of(int status) {
      if (status < 400) {
        return DONE;
      }
      if (status == 401 || status == 403) {
        return REFUSED;
      }
      return status < 500 ? REJECTED : FAILED;
    }

    public String column() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
