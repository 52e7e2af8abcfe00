package com.duskspendr.notifications.push.control;

import java.util.UUID;

/** What a provider needs of a device: its token (the endpoint for Web Push) and, for Web Push, its keys. */
public record PushTarget(UUID id, String platform, String token, String p256dh, String auth) {}
