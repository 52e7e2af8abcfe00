package com.duskspendr.auth.oidc.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One provider identity linked to the caller's account. */
public record LinkedIdentity(
    UUID id, String provider, String email, OffsetDateTime linkedAt, OffsetDateTime lastUsedAt) {}
