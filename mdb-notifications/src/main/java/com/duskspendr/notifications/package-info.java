/**
 * Notifications context: message-driven consumers that turn domain events into push, email and SMS messages.
 */
package com.duskspendr.notifications;
