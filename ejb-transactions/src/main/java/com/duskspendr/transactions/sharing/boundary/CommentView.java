package com.duskspendr.transactions.sharing.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A comment on an expense. */
public record CommentView(UUID id, UUID expenseId, UUID authorId, String body, OffsetDateTime createdAt) {}
