package com.duskspendr.web.auth;

import com.duskspendr.auth.boundary.DeviceSession;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One signed-in device; {@code current} marks the session of the token that asked. */
@JsonbNillable
public record SessionResponse(
    UUID id, String deviceName, OffsetDateTime createdAt, OffsetDateTime lastUsedAt, boolean current) {

  static SessionResponse from(DeviceSession session, UUID currentSessionId) {
    return new SessionResponse(
        session.id(),
        session.deviceName(),
        session.createdAt(),
        session.lastUsedAt(),
        session.id().equals(currentSessionId));
  }
}
