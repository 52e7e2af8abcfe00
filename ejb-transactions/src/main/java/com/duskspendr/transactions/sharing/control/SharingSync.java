package com.duskspendr.transactions.sharing.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sharing.entity.GroupMember;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Reports shared records to the changes feed of every active member, since each member's devices hold a copy.
 * Each entry holds that member's change counter until commit, so the members are always taken in id order:
 * two writers never wait for each other's counters in opposite orders. Call it last in a use case.
 */
@ApplicationScoped
public class SharingSync {

  @Inject ChangeLog changeLog;

  public void upserted(Collection<GroupMember> members, ChangeLog.Entity entity, UUID id, long version) {
    for (UUID member : audience(members)) {
      changeLog.upserted(new AccountId(member), entity, id.toString(), version);
    }
  }

  /** The group is gone for this user (they left or were removed): a tombstone in their feed. */
  public void goneFor(UUID userId, UUID groupId, long lastVersion) {
    changeLog.deleted(new AccountId(userId), ChangeLog.Entity.GROUP, groupId.toString(), lastVersion + 1);
  }

  private static List<UUID> audience(Collection<GroupMember> members) {
    return members.stream().filter(GroupMember::active).map(GroupMember::userId).sorted().toList();
  }
}
