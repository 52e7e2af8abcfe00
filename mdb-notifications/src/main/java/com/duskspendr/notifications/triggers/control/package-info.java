/**
 * Composing a notification from an event (plain functions) and taking it in: the user's settings and
 * quiet hours decide its channels and when each delivery is due.
 */
package com.duskspendr.notifications.triggers.control;
