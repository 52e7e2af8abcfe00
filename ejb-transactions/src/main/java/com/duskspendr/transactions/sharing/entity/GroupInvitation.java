package com.duskspendr.transactions.sharing.entity;

import com.duskspendr.platform.persistence.Timestamps;
import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * An invitation of an email address into a group. It names an address, never an account: whoever proves
 * that address (a verified account) sees it, so inviting tells the inviter nothing about accounts.
 */
@Entity
@Table(schema = "transactions", name = "group_invitation")
@NamedQuery(
    name = GroupInvitation.FIND_PENDING_FOR_EMAIL,
    query = "SELECT i FROM GroupInvitation i WHERE i.email = :email AND i.status = 'pending' ORDER BY i.createdAt, i.id")
@NamedQuery(
    name = GroupInvitation.FIND_PENDING_IN_GROUP,
    query = "SELECT i FROM GroupInvitation i WHERE i.groupId = :group AND i.email = :email AND i.status = 'pending'")
@NamedQuery(
    name = GroupInvitation.FIND_PENDING_OF_GROUP,
    query = "SELECT i FROM GroupInvitation i WHERE i.groupId = :group AND i.status = 'pending' ORDER BY i.createdAt, i.id")
public class GroupInvitation {

  public static final String FIND_PENDING_FOR_EMAIL = "GroupInvitation.findPendingForEmail";
  public static final String FIND_PENDING_IN_GROUP = "GroupInvitation.findPendingInGroup";
  public static final String FIND_PENDING_OF_GROUP = "GroupInvitation.findPendingOfGroup";

  public static final String PENDING = "pending";
  public static final String ACCEPTED = "accepted";
  public static final String DECLINED = "declined";

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "group_id", nullable = false, updatable = false)
  private UUID groupId;

  @Column(name = "email", nullable = false, updatable = false, length = 320)
  private String email;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "invited_by", nullable = false, updatable = false)
  private UUID invitedBy;

  @Column(name = "status", nullable = false, length = 8)
  private String status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "responded_at")
  private OffsetDateTime respondedAt;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "responded_by")
  private UUID respondedBy;

  /** For JPA only. */
  protected GroupInvitation() {}

  public GroupInvitation(UUID id, UUID groupId, String email, UUID invitedBy) {
    this.id = Objects.requireNonNull(id, "id");
    this.groupId = Objects.requireNonNull(groupId, "groupId");
    this.email = Objects.requireNonNull(email, "email");
    this.invitedBy = Objects.requireNonNull(invitedBy, "invitedBy");
    this.status = PENDING;
    this.createdAt = Timestamps.now(Clock.systemUTC());
  }

  public void respond(String answer, UUID by) {
    this.status = answer;
    this.respondedBy = by;
    this.respondedAt = Timestamps.now(Clock.systemUTC());
  }

  public boolean pending() {
    return PENDING.equals(status);
  }

  public UUID id() {
    return id;
  }

  public UUID groupId() {
    return groupId;
  }

  public String email() {
    return email;
  }

  public UUID invitedBy() {
    return invitedBy;
  }

  public String status() {
    return status;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
