package com.duskspendr.transactions.sharing.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sharing.entity.ExpenseGroup;
import com.duskspendr.transactions.sharing.entity.GroupInvitation;
import com.duskspendr.transactions.sharing.entity.GroupMember;
import com.duskspendr.transactions.sharing.entity.GroupRepository;
import com.duskspendr.users.boundary.ProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** Builds the views of groups and invitations, with the members' display names from their profiles. */
@ApplicationScoped
public class GroupViews {

  @Inject GroupRepository groups;
  @Inject ProfileService profiles;

  GroupView of(ExpenseGroup group, AccountId caller) {
    List<GroupMember> members = groups.members(group.id()).stream().filter(GroupMember::active).toList();
    MemberRole myRole = members.stream()
        .filter(m -> m.userId().equals(caller.value()))
        .map(m -> MemberRole.fromWireName(m.role()))
        .findFirst()
        .orElse(MemberRole.MEMBER);
    return new GroupView(
        group.id(),
        group.name(),
        group.currency(),
        group.archived(),
        myRole,
        members.stream().map(this::member).toList(),
        group.version(),
        group.createdAt(),
        group.updatedAt());
  }

  private MemberView member(GroupMember m) {
    return new MemberView(m.userId(), displayName(m.userId()), MemberRole.fromWireName(m.role()), m.position(), m.joinedAt());
  }

  /** Only active members' names are looked up: an erased account has no profile any more. */
  String displayName(UUID userId) {
    return profiles.profileOf(new AccountId(userId)).displayName();
  }

  InvitationView invitation(GroupInvitation invitation, ExpenseGroup group) {
    return new InvitationView(
        invitation.id(), group.id(), group.name(), invitation.email(), null, invitation.status(), invitation.createdAt());
  }

  /** For the invitee: who invited them (a name they can recognize). */
  InvitationView invitationForInvitee(GroupInvitation invitation, ExpenseGroup group) {
    String inviter = groups.member(group.id(), invitation.invitedBy()).filter(GroupMember::active)
        .map(m -> displayName(m.userId()))
        .orElse(null);
    return new InvitationView(
        invitation.id(), group.id(), group.name(), invitation.email(), inviter, invitation.status(), invitation.createdAt());
  }
}
