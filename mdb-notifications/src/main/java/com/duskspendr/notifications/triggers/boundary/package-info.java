/**
 * Where notifications start: the message-driven bean ({@code AlertTriggersConsumer}) on the domain-events
 * topic, on a shared durable subscription with a selector on type and version, that only delegates to
 * {@link com.duskspendr.notifications.triggers.boundary.Alerts}; and the erasure of a deleted account's data.
 */
package com.duskspendr.notifications.triggers.boundary;
