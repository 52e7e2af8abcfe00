package com.duskspendr.web.groups;

import com.duskspendr.web.envelope.Meta;
import java.util.List;

/** Documentation only: the success envelopes of the group endpoints, as OpenAPI schemas. */
final class GroupsSchemas {

  private GroupsSchemas() {}

  record GroupEnvelope(boolean success, GroupResponse data, Meta meta) {}

  record GroupsEnvelope(boolean success, List<GroupResponse> data, Meta meta) {}

  record InvitationEnvelope(boolean success, GroupResponse.Invitation data, Meta meta) {}

  record InvitationsEnvelope(boolean success, List<GroupResponse.Invitation> data, Meta meta) {}
}
