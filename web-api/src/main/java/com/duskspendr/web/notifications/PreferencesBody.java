package com.duskspendr.web.notifications;

import com.duskspendr.notifications.preferences.boundary.SettingsRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The notification settings as {@code PUT} takes them (it replaces them all; a type left out of
 * {@code channels} gets its default); {@link PreferencesResponse} is how they come back.
 *
 * @param channels per type ({@code budget}, {@code anomaly}, {@code large_transaction}, {@code security},
 *     {@code digest}) the channels among {@code in_app}, {@code push}, {@code email}, {@code sms},
 *     {@code webhook}; {@code []} turns a type off
 * @param quietHours {@code {start, end}} as {@code HH:mm} in my time zone (may wrap midnight); null for none
 * @param largeTransactionThreshold {@code {amount, currency}}: a payment at least this large alerts; null: off
 * @param digest the weekly digest on or off (default on)
 * @param phoneNumber where SMS alerts go, E.164 ({@code +4915112345678}); null for none
 */
public record PreferencesBody(
    Map<String, List<String>> channels, QuietHoursBody quietHours, ThresholdBody largeTransactionThreshold,
    Boolean digest, String phoneNumber) {

  public record QuietHoursBody(String start, String end) {}

  /** @param amount a JSON string ({@code "500.00"}) or number, positive, at most the currency's minor digits */
  public record ThresholdBody(BigDecimal amount, String currency) {}

  SettingsRequest toRequest() {
    return new SettingsRequest(channels,
        quietHours == null ? null : quietHours.start(), quietHours == null ? null : quietHours.end(),
        largeTransactionThreshold == null || largeTransactionThreshold.amount() == null
            ? null : largeTransactionThreshold.amount().toPlainString(),
        largeTransactionThreshold == null ? null : largeTransactionThreshold.currency(),
        digest, phoneNumber);
  }
}
