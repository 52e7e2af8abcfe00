package com.duskspendr.web.notifications;

import com.duskspendr.notifications.push.boundary.DeviceView;
import com.duskspendr.web.envelope.Meta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documentation only: the success envelopes of the notification endpoints, as OpenAPI schemas. */
final class NotificationsSchemas {

  private NotificationsSchemas() {}

  @Schema(description = "A page of my inbox; meta.unreadCount counts all my unread notifications")
  record NotificationPageEnvelope(boolean success, List<NotificationResponse> data, Meta meta) {}

  @Schema(description = "One notification")
  record NotificationEnvelope(boolean success, NotificationResponse data, Meta meta) {}

  @Schema(description = "One push device")
  record DeviceEnvelope(boolean success, DeviceView data, Meta meta) {}

  @Schema(description = "My push devices")
  record DeviceListEnvelope(boolean success, List<DeviceView> data, Meta meta) {}

  @Schema(description = "My notification settings")
  record PreferencesEnvelope(boolean success, PreferencesResponse data, Meta meta) {}
}
