package com.duskspendr.notifications.preferences.control;

import com.duskspendr.notifications.preferences.boundary.Channel;
import com.duskspendr.notifications.preferences.boundary.NotificationSettings;
import com.duskspendr.notifications.preferences.boundary.NotificationType;
import com.duskspendr.notifications.preferences.boundary.QuietHours;
import com.duskspendr.notifications.preferences.entity.StoredSettings;
import com.duskspendr.platform.money.Money;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Settings to and from their row. The channel map is one JSON column ({@code {"budget": ["in_app",
 * "push"]}}) rather than a table of its own: it is always read and written whole. A type or channel
 * the code no longer knows is dropped on reading, and a type the row lacks (added later) gets its default.
 */
public final class PreferenceCodec {

  private PreferenceCodec() {}

  public static String channelsJson(Map<NotificationType, Set<Channel>> channels) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    channels.forEach((type, set) -> {
      JsonArrayBuilder array = Json.createArrayBuilder();
      set.forEach(c -> array.add(c.wireName()));
      object.add(type.wireName(), array);
    });
    return object.build().toString();
  }

  public static NotificationSettings settings(StoredSettings row) {
    Map<NotificationType, Set<Channel>> channels = new EnumMap<>(NotificationSettings.defaults().channels());
    JsonObject object = Json.createReader(new StringReader(row.channels())).readObject();
    object.forEach((name, value) -> NotificationType.fromWire(name).ifPresent(type -> {
      Set<Channel> set = EnumSet.noneOf(Channel.class);
      value.asJsonArray().forEach(v -> Channel.fromWire(((JsonString) v).getString()).ifPresent(set::add));
      channels.put(type, set);
    }));
    QuietHours quiet = row.quietStart() == null || row.quietEnd() == null
        ? null : new QuietHours(row.quietStart(), row.quietEnd());
    Money threshold = row.largeAmount() == null || row.largeCurrency() == null
        ? null
        : new Money(Money.atMinorUnits(row.largeAmount().stripTrailingZeros(), row.largeCurrency().strip()),
            Currency.getInstance(row.largeCurrency().strip()));
    return new NotificationSettings(channels, quiet, threshold, row.digest(), row.phoneNumber());
  }
}
