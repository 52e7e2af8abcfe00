package com.duskspendr.users.boundary;

/**
 * A partial profile update: every null field is left as it is. Raw strings, validated by the service so
 * that every invalid field can be reported at once.
 */
public record ProfilePatch(
    String displayName,
    String avatarUrl,
    String currency,
    String locale,
    String timezone,
    String weekStartsOn,
    NotificationPreferencesPatch notifications) {}
