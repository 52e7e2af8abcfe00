package com.duskspendr.analytics.reports.boundary;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A statement as its owner sees it.
 *
 * @param status pending, ready or failed
 * @param formats what it can be downloaded as once ready
 */
public record ReportView(
    String id, String month, String status, OffsetDateTime createdAt, OffsetDateTime completedAt,
    List<String> formats) {

  public ReportView {
    formats = List.copyOf(formats);
  }
}
