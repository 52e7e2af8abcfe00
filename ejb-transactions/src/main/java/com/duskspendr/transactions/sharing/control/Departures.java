package com.duskspendr.transactions.sharing.control;

import com.duskspendr.transactions.sharing.entity.ExpenseGroup;
import com.duskspendr.transactions.sharing.entity.GroupMember;
import java.util.List;

/** What happens when a member leaves or is removed: an owner's role passes on, the last one out archives. */
public final class Departures {

  private Departures() {}

  /**
   * @param members every member row of the group, in join order (the earliest remaining member becomes owner)
   * @param how {@code left} or {@code removed}
   */
  public static void depart(ExpenseGroup group, GroupMember member, List<GroupMember> members, String how) {
    boolean wasOwner = member.owner();
    member.leave(how);
    List<GroupMember> remaining = members.stream().filter(GroupMember::active).toList();
    if (remaining.isEmpty()) {
      group.archive();
    } else if (wasOwner) {
      remaining.get(0).makeOwner();
    }
    group.touch();
  }
}
