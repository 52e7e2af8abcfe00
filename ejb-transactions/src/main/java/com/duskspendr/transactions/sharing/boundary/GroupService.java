package com.duskspendr.transactions.sharing.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Groups, their members and invitations. Only an active member sees a group: for anyone else it does not
 * exist ({@link com.duskspendr.platform.failure.RecordNotFoundException}), whatever they ask.
 */
public interface GroupService {

  /** Creates the group with the caller as its owner and first member. */
  GroupView create(@NotNull AccountId caller, @NotNull NewGroup group);

  /**
   * As {@link #create(AccountId, NewGroup)}, under an id the client chose (a group made offline and pushed).
   *
   * @throws com.duskspendr.platform.failure.ConflictException a group with this id exists
   */
  GroupView create(@NotNull AccountId caller, @NotNull UUID groupId, @NotNull NewGroup group);

  /** The caller's groups (active membership), archived ones too; newest first. */
  List<GroupView> list(@NotNull AccountId caller);

  GroupView get(@NotNull AccountId caller, @NotNull UUID groupId);

  /** The caller's groups among these ids (for the changes feed); others are absent. */
  List<GroupView> getAll(@NotNull AccountId caller, @NotNull java.util.Collection<UUID> ids);

  /**
   * Invites an address. The answer is the same whether the address has an account, is already a member, or
   * was invited before (then the pending invitation is answered again): nothing about accounts leaks.
   *
   * @throws com.duskspendr.platform.failure.ConflictException the group is archived or full
   */
  InvitationView invite(@NotNull AccountId caller, @NotNull UUID groupId, String email);

  /** The group's pending invitations, for its members. */
  List<InvitationView> invitationsOf(@NotNull AccountId caller, @NotNull UUID groupId);

  /**
   * The pending invitations to the caller's email address; only once the caller has proven the address
   * (verified email), since anyone can register an address they do not own.
   */
  List<InvitationView> myInvitations(@NotNull AccountId caller);

  /** Joins the group. @throws com.duskspendr.platform.failure.RecordNotFoundException not an invitation to the caller */
  GroupView accept(@NotNull AccountId caller, @NotNull UUID invitationId);

  void decline(@NotNull AccountId caller, @NotNull UUID invitationId);

  /**
   * Leaves the group; only with a zero balance in every currency. An owner who leaves hands ownership to the
   * earliest remaining member; the last member leaving archives the group.
   *
   * @throws com.duskspendr.platform.failure.ConflictException a balance is not zero
   */
  void leave(@NotNull AccountId caller, @NotNull UUID groupId);

  /** The owner removes a member, likewise only at a zero balance. */
  void removeMember(@NotNull AccountId caller, @NotNull UUID groupId, @NotNull UUID memberId);

  /** The owner archives the group: no new expenses or invitations; settlements stay possible. */
  GroupView archive(@NotNull AccountId caller, @NotNull UUID groupId, Long expectedVersion);
}
