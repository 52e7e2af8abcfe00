package com.duskspendr.notifications.inbox.boundary;

import java.util.List;

/**
 * @param nextCursor the opaque position after this page; null on the last page
 * @param unreadCount the caller's unread notifications (all, not just this page's)
 */
public record InboxPage(List<InboxEntry> items, String nextCursor, long unreadCount) {}
