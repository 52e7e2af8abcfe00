package com.duskspendr.web.groups;

/** The small request bodies of the group endpoints. */
public final class GroupRequests {

  private GroupRequests() {}

  /**
   * {@code POST /api/v1/groups}.
   *
   * @param name 1 to 100 characters
   * @param currency ISO 4217, the default for the group's expenses; default my preferred currency
   */
  public record CreateGroup(String name, String currency) {}

  /** {@code POST /api/v1/groups/{id}/invitations}: the address to invite. */
  public record Invite(String email) {}
}
