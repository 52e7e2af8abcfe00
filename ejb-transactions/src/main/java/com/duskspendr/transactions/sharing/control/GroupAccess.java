package com.duskspendr.transactions.sharing.control;

import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sharing.entity.ExpenseGroup;
import com.duskspendr.transactions.sharing.entity.GroupMember;
import com.duskspendr.transactions.sharing.entity.GroupRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The one membership check every use case starts with: a group the caller is not an active member of is
 * not found, exactly like a group that does not exist, so no answer tells a stranger that it exists.
 */
@ApplicationScoped
public class GroupAccess {

  /** A group with the caller's membership of it. */
  public record Membership(ExpenseGroup group, GroupMember member) {

    public void requireOwner() {
      if (!member.owner()) {
        throw new ConflictException("Only the group's owner can do this", null);
      }
    }

    public void requireOpen() {
      if (group.archived()) {
        throw new ConflictException("The group is archived", null);
      }
    }
  }

  @Inject GroupRepository groups;

  public Membership of(AccountId caller, UUID groupId) {
    return membership(caller, groups.find(groupId).orElseThrow(GroupAccess::notFound));
  }

  /** As {@link #of}, with the group's row locked until the transaction ends (membership and balance changes). */
  public Membership locked(AccountId caller, UUID groupId) {
    // Checked before locking too, so a stranger cannot make members wait on a lock.
    of(caller, groupId);
    return membership(caller, groups.findLocked(groupId).orElseThrow(GroupAccess::notFound));
  }

  private Membership membership(AccountId caller, ExpenseGroup group) {
    GroupMember member =
        groups.member(group.id(), caller.value()).filter(GroupMember::active).orElseThrow(GroupAccess::notFound);
    return new Membership(group, member);
  }

  public static RecordNotFoundException notFound() {
    return new RecordNotFoundException("Group");
  }
}
