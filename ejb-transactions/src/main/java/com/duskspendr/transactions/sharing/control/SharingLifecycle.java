package com.duskspendr.transactions.sharing.control;

import com.duskspendr.auth.events.AccountDeleted;
import com.duskspendr.transactions.sharing.entity.ExpenseGroup;
import com.duskspendr.transactions.sharing.entity.GroupMember;
import com.duskspendr.transactions.sharing.entity.GroupRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A deleted account leaves every group (status {@code removed}; ownership passes on, the last member out
 * archives the group) and its comments are erased. The expenses it took part in stay, as the other members'
 * balances rest on them, but name only its account id, never its profile. MANDATORY: in the deleting
 * transaction, like the ledger's own erasure.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SharingLifecycle {

  @Inject GroupRepository groups;
  @Inject SharingSync sync;

  public void onAccountDeleted(@Observes AccountDeleted event) {
    var userId = event.accountId().value();
    for (GroupMember membership : groups.membershipsOf(userId)) {
      if (!membership.active()) {
        continue;
      }
      ExpenseGroup group = groups.findLocked(membership.groupId()).orElseThrow();
      Departures.depart(group, membership, groups.members(group.id()), GroupMember.REMOVED);
      groups.flush();
      sync.upserted(groups.members(group.id()), com.duskspendr.transactions.sync.boundary.ChangeLog.Entity.GROUP,
          group.id(), group.version());
    }
    groups.deleteCommentsOf(userId);
  }
}
