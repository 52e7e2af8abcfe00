package com.duskspendr.notifications.push.control;

import com.duskspendr.notifications.delivery.control.DeliveryJob;
import com.duskspendr.notifications.preferences.boundary.NotificationType;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.UUID;

/** What a push shows and carries: the notification's words, and its id, type and facts for the app. */
public record PushContent(UUID notificationId, String type, String title, String body, Map<String, String> data,
    boolean urgent) {

  static PushContent of(DeliveryJob.Content content) {
    return new PushContent(content.notificationId(), content.type(), content.title(), content.body(), content.data(),
        NotificationType.fromWire(content.type()).map(NotificationType::urgent).orElse(false));
  }

  /** The facts as a JSON object of strings (FCM's data must be strings only). */
  JsonObjectBuilder dataJson() {
    JsonObjectBuilder data = Json.createObjectBuilder();
    data.add("notificationId", notificationId.toString()).add("type", type);
    this.data.forEach(data::add);
    return data;
  }
}
