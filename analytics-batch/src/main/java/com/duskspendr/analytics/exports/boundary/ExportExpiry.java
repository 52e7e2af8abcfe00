package com.duskspendr.analytics.exports.boundary;

import com.duskspendr.analytics.exports.entity.ExportStore;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Deletes exports past {@code duskspendr.exports.ttl} every hour (reads already ignore them). Every instance
 * runs it; deleting what is already deleted costs nothing.
 */
@Singleton
public class ExportExpiry {

  private static final Logger LOG = Logger.getLogger(ExportExpiry.class.getName());

  @Inject ExportStore exports;

  @Schedule(hour = "*", minute = "17", persistent = false)
  void deleteExpired() {
    int deleted = exports.deleteExpired();
    if (deleted > 0) {
      LOG.info(() -> "Deleted " + deleted + " expired export(s)");
    }
  }
}
