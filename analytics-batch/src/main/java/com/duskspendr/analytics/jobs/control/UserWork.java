package com.duskspendr.analytics.jobs.control;

import com.duskspendr.analytics.spending.control.PendingChanges;
import java.io.Serializable;
import java.time.Instant;

/**
 * One user's item between processor and writer: the changes read, and when (the database's clock) the visit
 * began, so the writer unmarks the user only if no event marked them again since.
 */
public record UserWork(PendingChanges changes, Instant visitedAt) implements Serializable {}
