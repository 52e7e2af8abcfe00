package com.duskspendr.auth.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a login attempt is counted against: the account (by normalized email, whether or not it exists,
 * so that throttling reveals nothing), and, when the client address is known, the address and the
 * (account, address) pair.
 */
public record LoginSubjects(String account, String address, String pair) {

  public static LoginSubjects of(String normalizedEmail, String clientAddress) {
    if (clientAddress == null || clientAddress.isBlank()) {
      return new LoginSubjects("account:" + normalizedEmail, null, null);
    }
    return new LoginSubjects(
        "account:" + normalizedEmail, "address:" + clientAddress.strip(), pairPrefix(normalizedEmail) + clientAddress.strip());
  }

  /** Every pair of one account starts with this, so that deleting the account erases them all. */
  public static String pairPrefix(String normalizedEmail) {
    return "pair:" + normalizedEmail + " ";
  }

  public List<String> all() {
    List<String> all = new ArrayList<>(3);
    all.add(account);
    if (address != null) {
      all.add(address);
      all.add(pair);
    }
    return all;
  }
}
