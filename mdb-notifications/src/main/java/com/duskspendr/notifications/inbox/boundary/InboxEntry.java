package com.duskspendr.notifications.inbox.boundary;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One notification as its owner sees it.
 *
 * @param data the facts behind it, all strings (amounts exact, as the events carry them)
 * @param readAt null while unread
 */
public record InboxEntry(
    UUID id, String type, String title, String body, Map<String, String> data, boolean urgent, Instant createdAt,
    Instant readAt) {}
