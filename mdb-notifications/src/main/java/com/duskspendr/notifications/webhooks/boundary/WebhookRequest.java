package com.duskspendr.notifications.webhooks.boundary;

import java.util.List;

/**
 * A webhook to create (url and events required) or a change (null leaves a field as it is).
 *
 * @param enabled only for a change
 */
public record WebhookRequest(String url, List<String> events, Boolean enabled) {}
