package com.duskspendr.web.platform;

import com.duskspendr.platform.persistence.Database;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one PostgreSQL datasource of the application, configured through MicroProfile Config (see README).
 * Defined by annotation rather than an application-scoped glassfish-resources.xml, which breaks Payara's
 * /metrics. Non-XA: a request's writes (JPA, and the outbox rows beside them) commit as one local
 * transaction; only the outbox relay's batches also enlist the broker, and commit with it through last-agent
 * optimisation. PostgreSQL runs with max_prepared_transactions=0.
 */
@DataSourceDefinition(
    name = ApplicationDataSource.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=duskspendr.db.url}",
    user = "${MPCONFIG=duskspendr.db.user}",
    password = "${MPCONFIG=duskspendr.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    initialPoolSize = 2,
    properties = {
      // uuid and other typed columns accept parameters bound as strings
      "stringType=unspecified",
      // a connection broken by a database restart is replaced instead of handed out
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
public class ApplicationDataSource {

  public static final String JNDI_NAME = Database.JNDI_NAME;
}
