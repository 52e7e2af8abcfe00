package com.duskspendr.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings every bounded context's PostgreSQL schema up to date at start-up with Flyway. Each context owns
 * its schema and its migrations ({@code db/migration/<schema>} in its own module), registers them itself
 * ({@link SchemaRegistrations}) and keeps its own history table, so contexts evolve independently. Flyway's lock makes concurrent starts of several
 * instances safe.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = ApplicationDataSource.JNDI_NAME)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    List<String> schemas = SchemaRegistrations.find(getClass().getClassLoader());
    LOG.info(() -> "Schemas registered by the deployed modules, in migration order: " + schemas);
    for (String schema : schemas) {
      int applied =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(dataSource)
              .schemas(schema)
              .locations("classpath:db/migration/" + schema)
              .load()
              .migrate()
              .migrationsExecuted;
      LOG.info(() -> "Schema " + schema + ": " + applied + " migration(s) applied");
    }
  }
}
