package com.duskspendr.transactions.sharing.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Groups, their members and invitations, in the caller's JTA transaction. */
@ApplicationScoped
public class GroupRepository {

  @PersistenceContext(unitName = "transactions")
  EntityManager em;

  public Optional<ExpenseGroup> find(UUID id) {
    return Optional.ofNullable(em.find(ExpenseGroup.class, id));
  }

  /**
   * The group, its row locked until the transaction ends: membership changes (joining takes the next
   * position, leaving checks the balance) are serialized per group.
   */
  public Optional<ExpenseGroup> findLocked(UUID id) {
    return Optional.ofNullable(em.find(ExpenseGroup.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<GroupMember> member(UUID groupId, UUID userId) {
    return Optional.ofNullable(em.find(GroupMember.class, new GroupMember.Key(groupId, userId)));
  }

  /** Every member row of the group, active or not, in join order. */
  public List<GroupMember> members(UUID groupId) {
    return em.createNamedQuery(GroupMember.FIND_BY_GROUP, GroupMember.class).setParameter("group", groupId).getResultList();
  }

  public List<GroupMember> activeMembershipsOf(UUID userId) {
    return em.createNamedQuery(GroupMember.FIND_ACTIVE_BY_USER, GroupMember.class).setParameter("user", userId).getResultList();
  }

  public List<GroupMember> membershipsOf(UUID userId) {
    return em.createNamedQuery(GroupMember.FIND_BY_USER, GroupMember.class).setParameter("user", userId).getResultList();
  }

  public Optional<GroupInvitation> invitation(UUID id) {
    return Optional.ofNullable(em.find(GroupInvitation.class, id));
  }

  public List<GroupInvitation> pendingFor(String email) {
    return em.createNamedQuery(GroupInvitation.FIND_PENDING_FOR_EMAIL, GroupInvitation.class)
        .setParameter("email", email)
        .getResultList();
  }

  public Optional<GroupInvitation> pendingIn(UUID groupId, String email) {
    return em.createNamedQuery(GroupInvitation.FIND_PENDING_IN_GROUP, GroupInvitation.class)
        .setParameter("group", groupId)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  public List<GroupInvitation> pendingOf(UUID groupId) {
    return em.createNamedQuery(GroupInvitation.FIND_PENDING_OF_GROUP, GroupInvitation.class)
        .setParameter("group", groupId)
        .getResultList();
  }

  /** Whether the account has proven its email (auth's AccountVerified, recorded by the ledger). */
  public boolean verified(UUID userId) {
    return !em.createNativeQuery("SELECT 1 FROM transactions.verified_owner WHERE user_id = CAST(?1 AS uuid)")
        .setParameter(1, userId.toString())
        .getResultList()
        .isEmpty();
  }

  /** Erases the user's comments (a deleted account). */
  public void deleteCommentsOf(java.util.UUID userId) {
    em.createNativeQuery("DELETE FROM transactions.shared_expense_comment WHERE author_id = CAST(?1 AS uuid)")
        .setParameter(1, userId.toString())
        .executeUpdate();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public void flush() {
    em.flush();
  }
}
