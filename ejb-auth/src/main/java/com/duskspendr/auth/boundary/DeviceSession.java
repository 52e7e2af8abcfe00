package com.duskspendr.auth.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One signed-in device as its owner sees it. */
public record DeviceSession(UUID id, String deviceName, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {}
