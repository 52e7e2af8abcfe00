package com.duskspendr.notifications.preferences.boundary;

import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings as a client sends them, in wire names, before they are checked: {@link #toSettings()} names
 * every invalid field at once, as {@code channels.budget[1]} or {@code quietHours.start}.
 *
 * @param channels type wire name to channel wire names; a type left out keeps its default
 * @param quietStart, quietEnd {@code HH:mm}, both or neither
 * @param largeAmount, largeCurrency an exact decimal and its ISO 4217 code, both or neither
 * @param phoneNumber where SMS alerts go, E.164 ({@code +4915112345678}); null for none
 */
public record SettingsRequest(
    Map<String, List<String>> channels,
    String quietStart,
    String quietEnd,
    String largeAmount,
    String largeCurrency,
    Boolean digest,
    String phoneNumber) {

  /** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
  private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");

  public SettingsRequest(Map<String, List<String>> channels, String quietStart, String quietEnd, String largeAmount,
      String largeCurrency, Boolean digest) {
    this(channels, quietStart, quietEnd, largeAmount, largeCurrency, digest, null);
  }

  private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
  private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,13}(\\.[0-9]{1,4})?");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  public NotificationSettings toSettings() {
    List<FieldIssue> issues = new ArrayList<>();
    NotificationSettings defaults = NotificationSettings.defaults();
    Map<NotificationType, Set<Channel>> chosen = new EnumMap<>(defaults.channels());
    if (channels != null) {
      channels.forEach((typeName, names) -> {
        var type = NotificationType.fromWire(typeName);
        if (type.isEmpty()) {
          issues.add(new FieldIssue("channels." + typeName, "unknown notification type"));
          return;
        }
        if (names == null) {
          issues.add(new FieldIssue("channels." + typeName, "must be a list of channels"));
          return;
        }
        Set<Channel> set = EnumSet.noneOf(Channel.class);
        for (int i = 0; i < names.size(); i++) {
          var channel = Channel.fromWire(names.get(i));
          if (channel.isEmpty()) {
            issues.add(new FieldIssue("channels." + typeName + "[" + i + "]",
                "must be one of in_app, push, email, sms, webhook"));
          } else {
            set.add(channel.get());
          }
        }
        chosen.put(type.get(), set);
      });
    }
    QuietHours quiet = quietHours(issues);
    Money threshold = threshold(issues);
    if (phoneNumber != null && !PHONE.matcher(phoneNumber).matches()) {
      issues.add(new FieldIssue("phoneNumber", "must be an international number in E.164 form, such as +4915112345678"));
    }
    if (!issues.isEmpty()) {
      throw new InvalidInputException(issues);
    }
    return new NotificationSettings(chosen, quiet, threshold, digest == null || digest, phoneNumber);
  }

  private QuietHours quietHours(List<FieldIssue> issues) {
    if (quietStart == null && quietEnd == null) {
      return null;
    }
    LocalTime start = time(quietStart, "quietHours.start", issues);
    LocalTime end = time(quietEnd, "quietHours.end", issues);
    if (start == null || end == null) {
      return null;
    }
    if (start.equals(end)) {
      issues.add(new FieldIssue("quietHours.end", "must differ from the start"));
      return null;
    }
    return new QuietHours(start, end);
  }

  private static LocalTime time(String text, String field, List<FieldIssue> issues) {
    if (text == null || !TIME.matcher(text).matches()) {
      issues.add(new FieldIssue(field, "must be a time of day as HH:mm"));
      return null;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      issues.add(new FieldIssue(field, "must be a time of day as HH:mm"));
      return null;
    }
  }

  private Money threshold(List<FieldIssue> issues) {
    if (largeAmount == null && largeCurrency == null) {
      return null;
    }
    boolean ok = true;
    if (largeAmount == null || !AMOUNT.matcher(largeAmount).matches()) {
      issues.add(new FieldIssue("largeTransactionThreshold.amount", "must be a positive exact decimal"));
      ok = false;
    }
    if (largeCurrency == null || !CURRENCY.matcher(largeCurrency).matches() || !known(largeCurrency)) {
      issues.add(new FieldIssue("largeTransactionThreshold.currency", "must be an ISO 4217 code"));
      return null;
    }
    if (!ok) {
      return null;
    }
    BigDecimal amount = new BigDecimal(largeAmount);
    if (amount.signum() <= 0) {
      issues.add(new FieldIssue("largeTransactionThreshold.amount", "must be a positive exact decimal"));
      return null;
    }
    if (!new Money(amount, java.util.Currency.getInstance(largeCurrency)).fitsMinorUnits()) {
      issues.add(new FieldIssue("largeTransactionThreshold.amount", "has more decimals than the currency"));
      return null;
    }
    return new Money(Money.atMinorUnits(amount.stripTrailingZeros(), largeCurrency), java.util.Currency.getInstance(largeCurrency));
  }

  private static boolean known(String code) {
    try {
      java.util.Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
