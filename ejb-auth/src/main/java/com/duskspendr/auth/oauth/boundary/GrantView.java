package com.duskspendr.auth.oauth.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An OAuth client the user gave access to: what it may do, since when, last used when. */
public record GrantView(
    UUID id, UUID clientId, String clientName, List<String> scopes, OffsetDateTime grantedAt, OffsetDateTime lastUsedAt) {}
