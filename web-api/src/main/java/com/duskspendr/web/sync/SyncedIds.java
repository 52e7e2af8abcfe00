package com.duskspendr.web.sync;

import com.duskspendr.web.api.RecordIds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Ids of records keyed by UUID, as the feed and pushes carry them (text). */
public final class SyncedIds {

  private SyncedIds() {}

  /** The UUID an id names, if any (see {@link RecordIds}). */
  public static Optional<UUID> uuid(String id) {
    return RecordIds.uuid(id);
  }

  /**
   * The UUID an id names, only in the form the server writes (lower case): a record created under it is
   * logged under the same text, so the push's tombstone check (by the id as sent) sees its deletion.
   */
  public static Optional<UUID> canonicalUuid(String id) {
    return uuid(id).filter(uuid -> uuid.toString().equals(id));
  }

  /** The UUIDs among these ids, each with the ids (as asked) that name it; other ids name no record. */
  public static Map<UUID, List<String>> byUuid(Collection<String> ids) {
    Map<UUID, List<String>> asked = new HashMap<>();
    for (String id : ids) {
      uuid(id).ifPresent(uuid -> asked.computeIfAbsent(uuid, u -> new ArrayList<>(1)).add(id));
    }
    return asked;
  }
}
