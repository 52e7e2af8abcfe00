package com.duskspendr.auth.audit.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The append-only log of admin calls. */
public interface AuditLog {

  /**
   * Appends one entry, in a transaction of its own: the call it records has already committed or rolled back,
   * and a refused or failed call must be logged as surely as a successful one.
   */
  void record(
      @NotNull OffsetDateTime occurredAt, UUID actorId, @NotBlank @Size(max = 200) String action,
      @Size(max = 500) String target, @Min(100) @Max(599) int status, @Size(max = 100) String requestId);

  /** Newest first, entries with ids below {@code before} ({@code Long.MAX_VALUE} for the newest). */
  List<AuditEntry> page(@Min(1) long before, @Min(1) @Max(200) int limit);
}
