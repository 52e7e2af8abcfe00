package com.duskspendr.web.groups;

import com.duskspendr.transactions.sharing.boundary.GroupView;
import com.duskspendr.transactions.sharing.boundary.InvitationView;
import com.duskspendr.transactions.sharing.boundary.MemberView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;

/** A group as a member sees it: its active members in join order (the order rounding remainders follow). */
@JsonbPropertyOrder({"id", "name", "currency", "status", "myRole", "members", "version", "createdAt", "updatedAt"})
public record GroupResponse(
    String id,
    String name,
    String currency,
    String status,
    String myRole,
    List<Member> members,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  /** A member: no email address, the display name they chose. */
  @JsonbPropertyOrder({"userId", "displayName", "role", "position", "joinedAt"})
  public record Member(String userId, String displayName, String role, int position, OffsetDateTime joinedAt) {

    static Member from(MemberView m) {
      return new Member(m.userId().toString(), m.displayName(), m.role().wireName(), m.position(), m.joinedAt());
    }
  }

  /**
   * An invitation; {@code invitedBy} (a display name) only in the invitee's own list. It reads the same
   * whether the address has an account or not.
   */
  @JsonbPropertyOrder({"id", "groupId", "groupName", "email", "invitedBy", "status", "createdAt"})
  public record Invitation(
      String id, String groupId, String groupName, String email, String invitedBy, String status,
      OffsetDateTime createdAt) {

    static Invitation from(InvitationView i) {
      return new Invitation(i.id().toString(), i.groupId().toString(), i.groupName(), i.email(), i.invitedBy(),
          i.status(), i.createdAt());
    }
  }

  static GroupResponse from(GroupView g) {
    return new GroupResponse(
        g.id().toString(),
        g.name(),
        g.currency(),
        g.archived() ? "archived" : "active",
        g.myRole().wireName(),
        g.members().stream().map(Member::from).toList(),
        g.version(),
        g.createdAt(),
        g.updatedAt());
  }
}
