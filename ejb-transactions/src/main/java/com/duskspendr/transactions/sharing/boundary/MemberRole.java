package com.duskspendr.transactions.sharing.boundary;

import java.util.Locale;

/** What a member may do: every member adds expenses and invites; the owner also removes members and archives the group. */
public enum MemberRole {
  OWNER,
  MEMBER;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static MemberRole fromWireName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
