package com.duskspendr.web.groups;

import com.duskspendr.web.api.RecordIds;
import jakarta.ws.rs.NotFoundException;
import java.util.UUID;

/** Ids in paths: a malformed one answers 404 like any id that names nothing of the caller's. */
final class GroupIds {

  private GroupIds() {}

  static UUID of(String id) {
    return RecordIds.orNotFound(id, NotFoundException::new);
  }
}
