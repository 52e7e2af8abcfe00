/**
 * The message contracts the notifications context owns and publishes through the platform outbox:
 * NotificationCreated on the domain-events topic, which feeds every instance's live inbox streams.
 */
package com.duskspendr.notifications.events;
