package com.duskspendr.transactions.sharing.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A member as the other members see them: no email address, only the display name they chose. */
public record MemberView(UUID userId, String displayName, MemberRole role, int position, OffsetDateTime joinedAt) {}
