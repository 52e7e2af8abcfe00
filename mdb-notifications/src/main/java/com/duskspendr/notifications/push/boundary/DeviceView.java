package com.duskspendr.notifications.push.boundary;

import java.time.Instant;
import java.util.UUID;

/**
 * A registered device as its owner sees it.
 *
 * @param token the FCM or APNs token; null for Web Push
 * @param endpoint the Web Push subscription's endpoint; null otherwise (its keys are never shown again)
 */
public record DeviceView(UUID id, String platform, String token, String endpoint, Instant createdAt) {}
