package com.duskspendr.transactions.sharing.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A group as a member sees it.
 *
 * @param members the active members in join order (the order rounding remainders follow)
 * @param myRole the caller's role
 */
public record GroupView(
    UUID id,
    String name,
    String currency,
    boolean archived,
    MemberRole myRole,
    List<MemberView> members,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
