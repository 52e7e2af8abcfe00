package com.duskspendr.users.boundary;

import com.duskspendr.platform.identity.AccountId;
import java.time.OffsetDateTime;

/** A user's profile as the owner sees it. */
public record Profile(
    AccountId id,
    String email,
    String displayName,
    String avatarUrl,
    Preferences preferences,
    OffsetDateTime createdAt) {}
