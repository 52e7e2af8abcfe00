package com.duskspendr.transactions.sharing.entity;

import com.duskspendr.platform.persistence.Timestamps;
import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One user's membership of a group. A member who left or was removed keeps the row (status {@code left} or
 * {@code removed}), since the group's expenses still name them, but no longer sees the group.
 */
@Entity
@IdClass(GroupMember.Key.class)
@Table(schema = "transactions", name = "group_member")
@NamedQuery(
    name = GroupMember.FIND_BY_GROUP,
    query = "SELECT m FROM GroupMember m WHERE m.groupId = :group ORDER BY m.position")
@NamedQuery(
    name = GroupMember.FIND_ACTIVE_BY_USER,
    query = "SELECT m FROM GroupMember m WHERE m.userId = :user AND m.status = 'active'")
@NamedQuery(name = GroupMember.FIND_BY_USER, query = "SELECT m FROM GroupMember m WHERE m.userId = :user")
public class GroupMember {

  public static final String FIND_BY_GROUP = "GroupMember.findByGroup";
  public static final String FIND_ACTIVE_BY_USER = "GroupMember.findActiveByUser";
  public static final String FIND_BY_USER = "GroupMember.findByUser";

  public static final String OWNER = "owner";
  public static final String MEMBER = "member";
  public static final String ACTIVE = "active";
  public static final String LEFT = "left";
  public static final String REMOVED = "removed";

  /** The composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    UUID groupId;
    UUID userId;

    public Key() {}

    public Key(UUID groupId, UUID userId) {
      this.groupId = groupId;
      this.userId = userId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(groupId, k.groupId) && Objects.equals(userId, k.userId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(groupId, userId);
    }
  }

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "group_id", nullable = false, updatable = false)
  private UUID groupId;

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "role", nullable = false, length = 6)
  private String role;

  @Column(name = "status", nullable = false, length = 7)
  private String status;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "joined_at", nullable = false)
  private OffsetDateTime joinedAt;

  @Column(name = "left_at")
  private OffsetDateTime leftAt;

  /** For JPA only. */
  protected GroupMember() {}

  public GroupMember(UUID groupId, UUID userId, String role, int position) {
    this.groupId = Objects.requireNonNull(groupId, "groupId");
    this.userId = Objects.requireNonNull(userId, "userId");
    this.role = Objects.requireNonNull(role, "role");
    this.position = position;
    this.status = ACTIVE;
    this.joinedAt = Timestamps.now(Clock.systemUTC());
  }

  /** A member who left (or was removed) and is invited again rejoins at a new position. */
  public void rejoin(int position) {
    this.status = ACTIVE;
    this.role = MEMBER;
    this.position = position;
    this.joinedAt = Timestamps.now(Clock.systemUTC());
    this.leftAt = null;
  }

  public void leave(String how) {
    this.status = how;
    this.role = MEMBER;
    this.leftAt = Timestamps.now(Clock.systemUTC());
  }

  public void makeOwner() {
    this.role = OWNER;
  }

  public boolean active() {
    return ACTIVE.equals(status);
  }

  public boolean owner() {
    return active() && OWNER.equals(role);
  }

  public UUID groupId() {
    return groupId;
  }

  public UUID userId() {
    return userId;
  }

  public String role() {
    return role;
  }

  public String status() {
    return status;
  }

  public int position() {
    return position;
  }

  public OffsetDateTime joinedAt() {
    return joinedAt;
  }

  public OffsetDateTime leftAt() {
    return leftAt;
  }
}
