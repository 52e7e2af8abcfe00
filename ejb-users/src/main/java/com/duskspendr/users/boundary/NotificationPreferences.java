package com.duskspendr.users.boundary;

/** Which channels and which kinds of notifications the user wants. */
public record NotificationPreferences(
    boolean push, boolean email, boolean sms, boolean budgetAlerts, boolean anomalyAlerts, boolean weeklySummary) {}
