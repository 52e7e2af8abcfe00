package com.duskspendr.auth.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a login attempt is counted against: the account (by normalized email, whether or not it exists,
 * so that throttling reveals nothing) and, when known, the client address.
 */
public record LoginSubjects(String account, String address) {

  public static LoginSubjects of(String normalizedEmail, String clientAddress) {
    String address = clientAddress == null || clientAddress.isBlank() ? null : "address:" + clientAddress.strip();
    return new LoginSubjects("account:" + normalizedEmail, address);
  }

  public List<String> all() {
    List<String> all = new ArrayList<>(2);
    all.add(account);
    if (address != null) {
      all.add(address);
    }
    return all;
  }
}
