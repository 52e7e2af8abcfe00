/**
 * Webhooks for integrators: the caller's subscriptions (URL, notification types, a secret shown once), their
 * delivery log, redelivery and ping.
 */
package com.duskspendr.notifications.webhooks.boundary;
