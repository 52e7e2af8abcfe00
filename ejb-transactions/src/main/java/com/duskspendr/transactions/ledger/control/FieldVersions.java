package com.duskspendr.transactions.ledger.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Per field of a transaction, the version at which a user last changed it (the stored form of {@code
 * field_versions}). This is what makes a stale edit mergeable: it collides only with a later user change of
 * one of the same fields. The categorizer's writes are never recorded here, so they never collide, and a
 * user's category (even one based on a version from before the model filed) wins over the model's.
 */
public final class FieldVersions {

  /** The baseline of rows that existed before per-field versions: every field counts as changed then. */
  static final String BASELINE = "*";

  private static final JsonProvider JSON = JsonProvider.provider();

  private final Map<String, Long> versions;

  private FieldVersions(Map<String, Long> versions) {
    this.versions = versions;
  }

  /** From the stored JSON; null or empty means no user change since creation. */
  public static FieldVersions parse(String json) {
    Map<String, Long> versions = new TreeMap<>();
    if (json != null && !json.isBlank()) {
      try (JsonReader reader = JSON.createReader(new StringReader(json))) {
        JsonObject object = reader.readObject();
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
          if (field.getValue() instanceof JsonNumber number) {
            versions.put(field.getKey(), number.longValue());
          }
        }
      }
    }
    return new FieldVersions(versions);
  }

  /** The version at which a user last changed this field (0: never since creation). */
  public long lastChanged(String field) {
    return versions.getOrDefault(field, versions.getOrDefault(BASELINE, 0L));
  }

  /**
   * The first of these fields a user changed after {@code baseVersion}: the collision that makes an edit
   * based on that version a conflict; empty when the edit can be applied.
   */
  public Optional<String> collision(Collection<String> fields, long baseVersion) {
    return fields.stream().filter(field -> lastChanged(field) > baseVersion).findFirst();
  }

  /** The last version at which a user changed anything (what a stale delete would discard). */
  public long lastUserChange() {
    return versions.values().stream().mapToLong(Long::longValue).max().orElse(0L);
  }

  /** These fields as changed by a user at {@code version}. */
  public FieldVersions changed(Collection<String> fields, long version) {
    Map<String, Long> next = new TreeMap<>(versions);
    for (String field : fields) {
      next.put(field, version);
    }
    return new FieldVersions(next);
  }

  public String toJson() {
    JsonObjectBuilder object = JSON.createObjectBuilder();
    versions.forEach(object::add);
    return object.build().toString();
  }
}
