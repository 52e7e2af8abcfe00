package com.duskspendr.platform.persistence;

/** The application's one PostgreSQL datasource (defined by web-api's ApplicationDataSource from configuration). */
public final class Database {

  public static final String JNDI_NAME = "java:app/jdbc/duskspendr";

  /** PostgreSQL's SQLSTATE for a unique constraint violation. */
  public static final String UNIQUE_VIOLATION = "23505";

  private Database() {}
}
