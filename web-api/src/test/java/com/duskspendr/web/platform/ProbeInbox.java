package com.duskspendr.web.platform;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Test singleton: what the probe consumer has received. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProbeInbox {

  private final Set<String> received = ConcurrentHashMap.newKeySet();

  public void received(String id) {
    received.add(id);
  }

  public boolean hasReceived(String id) {
    return received.contains(id);
  }
}
