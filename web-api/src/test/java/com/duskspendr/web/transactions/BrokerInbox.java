package com.duskspendr.web.transactions;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test singleton: every message the probe consumer took from the domain-events topic. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BrokerInbox {

  /** Where a message came from. */
  public enum Source {
    DOMAIN_EVENTS
  }

  /** One message: its body and the properties consumers select on ({@code type} is eventType or messageType). */
  public record Received(Source source, String type, Integer version, String userId, String body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();

  public void received(Received message) {
    received.add(message);
  }

  public List<Received> all() {
    return List.copyOf(received);
  }
}
