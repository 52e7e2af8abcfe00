package com.duskspendr.users.boundary;

/** A partial update of the notification preferences: null leaves a flag as it is. */
public record NotificationPreferencesPatch(
    Boolean push, Boolean email, Boolean sms, Boolean budgetAlerts, Boolean anomalyAlerts, Boolean weeklySummary) {}
