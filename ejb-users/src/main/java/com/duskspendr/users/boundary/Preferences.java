package com.duskspendr.users.boundary;

import java.time.DayOfWeek;

/**
 * Display and notification preferences.
 *
 * @param currency ISO 4217 code, default USD
 * @param locale BCP 47 language tag, default en-US
 * @param timezone IANA zone id, default UTC
 * @param weekStartsOn first day of the week for weekly budgets and reports, default MONDAY
 */
public record Preferences(
    String currency,
    String locale,
    String timezone,
    DayOfWeek weekStartsOn,
    NotificationPreferences notifications) {}
