package com.duskspendr.auth.control;

import com.duskspendr.auth.entity.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The {@code groups} claim of an account's access tokens. */
public final class AccountGroups {

  private AccountGroups() {}

  /** "user" first, then any further roles. */
  public static List<String> of(Account account) {
    Set<String> roles = account.roles();
    List<String> groups = new ArrayList<>();
    if (roles.remove(Account.ROLE_USER)) {
      groups.add(Account.ROLE_USER);
    }
    groups.addAll(roles);
    return groups;
  }
}
