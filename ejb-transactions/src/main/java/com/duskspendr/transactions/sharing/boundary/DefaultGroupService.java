package com.duskspendr.transactions.sharing.boundary;

import com.duskspendr.auth.boundary.AccountPresence;
import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sharing.control.Departures;
import com.duskspendr.transactions.sharing.control.GroupAccess;
import com.duskspendr.transactions.sharing.control.GroupAccess.Membership;
import com.duskspendr.transactions.sharing.control.GroupBalances;
import com.duskspendr.transactions.sharing.control.SharingEvents;
import com.duskspendr.transactions.sharing.control.SharingInput;
import com.duskspendr.transactions.sharing.control.SharingSync;
import com.duskspendr.transactions.sharing.entity.ExpenseRepository;
import com.duskspendr.transactions.sharing.entity.SharedExpense;
import com.duskspendr.transactions.sharing.entity.Settlement;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.transactions.sharing.entity.ExpenseGroup;
import com.duskspendr.transactions.sharing.entity.GroupInvitation;
import com.duskspendr.transactions.sharing.entity.GroupMember;
import com.duskspendr.transactions.sharing.entity.GroupRepository;
import com.duskspendr.users.boundary.ProfileService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Groups, members and invitations; every use case starts with the caller's membership ({@link GroupAccess}). */
@Stateless
public class DefaultGroupService implements GroupService {

  private static final String INVITATION = "Invitation";

  @Inject GroupRepository groups;
  @Inject GroupAccess access;
  @Inject GroupBalances balances;
  @Inject SharingEvents events;
  @Inject GroupViews views;
  @Inject ProfileService profiles;
  @Inject AccountPresence presence;
  @Inject SharingSync sync;
  @Inject ExpenseRepository expenses;

  @Inject
  @ConfigProperty(name = "duskspendr.sharing.max-members", defaultValue = "50")
  int maxMembers;

  @Override
  public GroupView create(AccountId caller, NewGroup request) {
    return create(caller, UUID.randomUUID(), request);
  }

  @Override
  public GroupView create(AccountId caller, UUID groupId, NewGroup request) {
    List<FieldIssue> issues = new ArrayList<>();
    String name = SharingInput.text(request.name(), 100, "name", issues);
    String currency = SharingInput.currency(request.currency(), null, "currency", issues);
    SharingInput.throwIfAny(issues);
    presence.requirePresent(caller);
    if (currency == null) {
      currency = profiles.profileOf(caller).preferences().currency();
    }
    if (groups.find(groupId).isPresent()) {
      throw new ConflictException("A group with this id exists", null);
    }
    ExpenseGroup group = new ExpenseGroup(groupId, name, currency, caller.value());
    groups.add(group);
    groups.add(new GroupMember(group.id(), caller.value(), GroupMember.OWNER, group.takePosition()));
    groups.flush();
    reportGroup(group);
    return views.of(group, caller);
  }

  @Override
  public List<GroupView> list(AccountId caller) {
    return groups.activeMembershipsOf(caller.value()).stream()
        .map(m -> groups.find(m.groupId()).orElseThrow())
        .sorted(Comparator.comparing(ExpenseGroup::createdAt).reversed().thenComparing(ExpenseGroup::id))
        .map(g -> views.of(g, caller))
        .toList();
  }

  @Override
  public GroupView get(AccountId caller, UUID groupId) {
    return views.of(access.of(caller, groupId).group(), caller);
  }

  @Override
  public InvitationView invite(AccountId caller, UUID groupId, String email) {
    String address = SharingInput.email(email);
    Membership membership = access.locked(caller, groupId);
    membership.requireOpen();
    ExpenseGroup group = membership.group();
    Optional<GroupInvitation> pending = groups.pendingIn(groupId, address);
    if (pending.isPresent()) {
      return views.invitation(pending.get(), group);
    }
    long taken = groups.members(groupId).stream().filter(GroupMember::active).count() + groups.pendingOf(groupId).size();
    if (taken >= maxMembers) {
      throw new ConflictException("A group has at most " + maxMembers + " members and pending invitations", null);
    }
    GroupInvitation invitation = new GroupInvitation(UUID.randomUUID(), groupId, address, caller.value());
    groups.add(invitation);
    events.invited(group, invitation);
    return views.invitation(invitation, group);
  }

  @Override
  public List<InvitationView> invitationsOf(AccountId caller, UUID groupId) {
    ExpenseGroup group = access.of(caller, groupId).group();
    return groups.pendingOf(groupId).stream().map(i -> views.invitation(i, group)).toList();
  }

  @Override
  public List<InvitationView> myInvitations(AccountId caller) {
    Optional<String> address = provenAddress(caller);
    if (address.isEmpty()) {
      return List.of();
    }
    return groups.pendingFor(address.get()).stream()
        .map(i -> views.invitationForInvitee(i, groups.find(i.groupId()).orElseThrow()))
        .toList();
  }

  @Override
  public GroupView accept(AccountId caller, UUID invitationId) {
    GroupInvitation invitation = myPending(caller, invitationId);
    presence.requirePresent(caller);
    ExpenseGroup group = groups.findLocked(invitation.groupId()).orElseThrow(() -> new RecordNotFoundException(INVITATION));
    invitation.respond(GroupInvitation.ACCEPTED, caller.value());
    Optional<GroupMember> former = groups.member(group.id(), caller.value());
    if (former.isEmpty()) {
      groups.add(new GroupMember(group.id(), caller.value(), GroupMember.MEMBER, group.takePosition()));
    } else if (!former.get().active()) {
      former.get().rejoin(group.takePosition());
    }
    group.touch();
    groups.flush();
    reportGroup(group);
    // The newcomer's devices need what the group already holds.
    List<GroupMember> newcomer = groups.member(group.id(), caller.value()).stream().toList();
    for (SharedExpense e : expenses.all(group.id())) {
      sync.upserted(newcomer, ChangeLog.Entity.GROUP_EXPENSE, e.id(), e.version());
    }
    for (Settlement st : expenses.settlements(group.id())) {
      sync.upserted(newcomer, ChangeLog.Entity.SETTLEMENT, st.id(), 1);
    }
    return views.of(group, caller);
  }

  @Override
  public void decline(AccountId caller, UUID invitationId) {
    myPending(caller, invitationId).respond(GroupInvitation.DECLINED, caller.value());
  }

  @Override
  public void leave(AccountId caller, UUID groupId) {
    Membership membership = access.locked(caller, groupId);
    depart(membership.group(), membership.member(), GroupMember.LEFT, "You");
  }

  @Override
  public void removeMember(AccountId caller, UUID groupId, UUID memberId) {
    Membership membership = access.locked(caller, groupId);
    if (memberId.equals(caller.value())) {
      depart(membership.group(), membership.member(), GroupMember.LEFT, "You");
      return;
    }
    membership.requireOwner();
    GroupMember member = groups.member(groupId, memberId).filter(GroupMember::active)
        .orElseThrow(() -> new RecordNotFoundException("Member"));
    depart(membership.group(), member, GroupMember.REMOVED, "The member");
  }

  private void depart(ExpenseGroup group, GroupMember member, String how, String who) {
    List<GroupMember> members = groups.members(group.id());
    if (!balances.settled(group.id(), members, member.userId())) {
      throw new ConflictException(who + " can leave the group only once settled up (a zero balance in every currency)", null);
    }
    Departures.depart(group, member, members, how);
    groups.flush();
    reportGroup(group);
    sync.goneFor(member.userId(), group.id(), group.version());
  }

  @Override
  public GroupView archive(AccountId caller, UUID groupId, Long expectedVersion) {
    Membership membership = access.locked(caller, groupId);
    membership.requireOwner();
    ExpenseGroup group = membership.group();
    if (expectedVersion != null && expectedVersion != group.version()) {
      throw new ConflictException("The group was changed since version " + expectedVersion, views.of(group, caller));
    }
    if (!group.archived()) {
      group.archive();
      groups.flush();
      reportGroup(group);
    }
    return views.of(group, caller);
  }

  @Override
  public List<GroupView> getAll(AccountId caller, java.util.Collection<UUID> ids) {
    return ids.stream().distinct()
        .filter(id -> groups.member(id, caller.value()).filter(GroupMember::active).isPresent())
        .map(id -> groups.find(id).orElseThrow())
        .map(g -> views.of(g, caller))
        .toList();
  }

  private void reportGroup(ExpenseGroup group) {
    sync.upserted(groups.members(group.id()), ChangeLog.Entity.GROUP, group.id(), group.version());
  }

  /** A pending invitation to the caller's proven address; anything else is not found. */
  private GroupInvitation myPending(AccountId caller, UUID invitationId) {
    Optional<String> address = provenAddress(caller);
    return groups.invitation(invitationId)
        .filter(GroupInvitation::pending)
        .filter(i -> address.isPresent() && Objects.equals(i.email(), address.get()))
        .orElseThrow(() -> new RecordNotFoundException(INVITATION));
  }

  private Optional<String> provenAddress(AccountId caller) {
    if (!groups.verified(caller.value())) {
      return Optional.empty();
    }
    return Optional.of(SharingInput.email(profiles.profileOf(caller).email()));
  }
}
