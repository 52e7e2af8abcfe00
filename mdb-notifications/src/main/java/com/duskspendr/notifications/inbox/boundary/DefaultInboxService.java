package com.duskspendr.notifications.inbox.boundary;

import com.duskspendr.notifications.inbox.entity.Notification;
import com.duskspendr.notifications.inbox.entity.NotificationData;
import com.duskspendr.notifications.inbox.entity.NotificationRepository;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.persistence.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

@Stateless
public class DefaultInboxService implements InboxService {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  @Inject NotificationRepository notifications;

  @Override
  public InboxPage page(AccountId owner, String cursor, String unread, String limitText) {
    boolean unreadOnly = flag(unread);
    int limit = limit(limitText);
    InboxCursor after = cursor == null || cursor.isBlank() ? null : InboxCursor.decode(cursor);
    List<Notification> rows = notifications.inbox(
        owner.value(), after == null ? null : after.createdAt(), after == null ? null : after.id(), unreadOnly, limit + 1);
    boolean more = rows.size() > limit;
    List<Notification> page = more ? rows.subList(0, limit) : rows;
    String next = more ? new InboxCursor(page.get(limit - 1).createdAt(), page.get(limit - 1).id()).encode() : null;
    return new InboxPage(page.stream().map(DefaultInboxService::entry).toList(), next,
        notifications.countUnread(owner.value()));
  }

  static boolean flag(String text) {
    if (text == null || text.equals("false")) {
      return false;
    }
    if (text.equals("true")) {
      return true;
    }
    throw InvalidInputException.of("unread", "must be true or false");
  }

  static int limit(String text) {
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    if (!text.matches("[0-9]{1,3}")) {
      throw InvalidInputException.of("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
    int value = Integer.parseInt(text);
    if (value < 1 || value > MAX_LIMIT) {
      throw InvalidInputException.of("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
    return value;
  }

  @Override
  public List<InboxEntry> after(AccountId owner, UUID lastSeen, int limit) {
    return notifications.findOwn(owner.value(), lastSeen)
        .map(n -> notifications.after(owner.value(), n.createdAt(), n.id(), limit))
        .orElse(List.of())
        .stream().map(DefaultInboxService::entry).toList();
  }

  @Override
  public InboxEntry markRead(AccountId owner, UUID id) {
    Notification n = own(owner, id);
    n.markRead(Timestamps.now(Clock.systemUTC()));
    return entry(n);
  }

  @Override
  public int markAllRead(AccountId owner) {
    return notifications.markAllRead(owner.value(), Timestamps.now(Clock.systemUTC()));
  }

  @Override
  public void delete(AccountId owner, UUID id) {
    notifications.remove(own(owner, id));
  }

  /** Only in-app entries are in the inbox: a notification sent by email alone is not listed there. */
  private Notification own(AccountId owner, UUID id) {
    return notifications.findOwn(owner.value(), id).filter(Notification::inApp)
        .orElseThrow(() -> new RecordNotFoundException("Notification"));
  }

  static InboxEntry entry(Notification n) {
    return new InboxEntry(n.id(), n.type(), n.title(), n.body(), NotificationData.fromJson(n.data()), n.urgent(),
        n.createdAt().toInstant(), n.readAt() == null ? null : n.readAt().toInstant());
  }

}
