package com.duskspendr.notifications.inbox.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** The caller's own inbox; another user's notification is always "not found". */
public interface InboxService {

  /**
   * The query parameters as the client sent them, checked here.
   *
   * @param cursor {@code nextCursor} of the previous page, or null for the newest
   * @param unread {@code true} for unread entries only, {@code false} or null for all
   * @param limit 1 to 100, null for 20
   * @throws com.duskspendr.platform.failure.InvalidInputException naming the parameter that is invalid
   */
  InboxPage page(@NotNull AccountId owner, String cursor, String unread, String limit);

  /**
   * What a stream that last saw {@code lastSeen} missed, oldest first, at most {@code limit}; nothing when
   * that id is not one of the caller's notifications (any more).
   */
  List<InboxEntry> after(@NotNull AccountId owner, @NotNull UUID lastSeen, int limit);

  /** @throws com.duskspendr.platform.failure.RecordNotFoundException not one of the caller's */
  InboxEntry markRead(@NotNull AccountId owner, @NotNull UUID id);

  /** @return how many were unread */
  int markAllRead(@NotNull AccountId owner);

  /** @throws com.duskspendr.platform.failure.RecordNotFoundException not one of the caller's */
  void delete(@NotNull AccountId owner, @NotNull UUID id);
}
