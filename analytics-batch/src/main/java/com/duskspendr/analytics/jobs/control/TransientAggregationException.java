package com.duskspendr.analytics.jobs.control;

import java.sql.SQLException;

/** A write lost a deadlock or a serialization conflict with a concurrent writer: worth trying the chunk again. */
public class TransientAggregationException extends RuntimeException {

  public TransientAggregationException(Throwable cause) {
    super(cause);
  }

  /** SQLSTATE class 40: transaction rollback (deadlock detected, serialization failure). */
  public static boolean isTransient(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
        return true;
      }
    }
    return false;
  }
}
