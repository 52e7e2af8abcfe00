/**
 * The REST boundary of the notifications context: the caller's inbox ({@code /api/v1/notifications}) and
 * notification settings ({@code /api/v1/notifications/preferences}), with their DTOs. Delegates to
 * {@link com.duskspendr.notifications.inbox.boundary.InboxService} and
 * {@link com.duskspendr.notifications.preferences.boundary.PreferencesService}.
 */
package com.duskspendr.web.notifications;
