package com.duskspendr.web.platform;

import com.duskspendr.platform.messaging.Destinations;

import jakarta.annotation.Resource;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Test EJB: writes a row and sends a message in one JTA transaction, optionally rolling it back. */
@Stateless
public class ProbeMessages {

  static final String QUEUE = "duskspendr.it.probe";

  /** Thrown after both writes to make the container roll the transaction back. */
  @ApplicationException(rollback = true)
  public static class ProbeRollback extends RuntimeException {}

  @Resource(lookup = ApplicationDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @JMSConnectionFactory(Destinations.CONNECTION_FACTORY)
  JMSContext jms;

  public void recordAndSend(String id, boolean rollback) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO it_probe (id) VALUES (?)")) {
        insert.setString(1, id);
        insert.executeUpdate();
      }
    }
    jms.createProducer().send(jms.createQueue(QUEUE), id);
    if (rollback) {
      throw new ProbeRollback();
    }
  }

  public boolean isRecorded(String id) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT 1 FROM it_probe WHERE id = ?")) {
      select.setString(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next();
      }
    }
  }

  public void createTable() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS it_probe (id TEXT PRIMARY KEY)");
    }
  }
}
