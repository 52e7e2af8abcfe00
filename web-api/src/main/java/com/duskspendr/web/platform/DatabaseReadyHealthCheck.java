package com.duskspendr.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while PostgreSQL answers: without it no request can be served. */
@Readiness
@ApplicationScoped
public class DatabaseReadyHealthCheck implements HealthCheck {

  static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = ApplicationDataSource.JNDI_NAME)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      return HealthCheckResponse.named("database").status(connection.isValid(TIMEOUT_SECONDS)).build();
    } catch (SQLException e) {
      return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
