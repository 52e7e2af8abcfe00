package com.duskspendr.transactions.sharing.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An invitation. To whoever invited it reads exactly the same whether the address has an account or not.
 *
 * @param invitedBy the display name of the member who invited (for the invitee)
 * @param status {@code pending}, {@code accepted} or {@code declined}
 */
public record InvitationView(
    UUID id, UUID groupId, String groupName, String email, String invitedBy, String status, OffsetDateTime createdAt) {}
