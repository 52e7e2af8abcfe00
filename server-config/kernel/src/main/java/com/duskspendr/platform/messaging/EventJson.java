package com.duskspendr.platform.messaging;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/**
 * The one JSON binding of message payloads: producers write contract records with it and consumers read
 * them back into the same records, so both sides agree on every field's form (exact decimals as strings,
 * ISO dates, UUIDs as text).
 */
public final class EventJson {

  // Thread-safe and costly to create: one for every message.
  private static final Jsonb JSON = JsonbBuilder.create();

  private EventJson() {}

  public static String write(Object payload) {
    return JSON.toJson(payload);
  }

  /** @throws MalformedMessageException when the text is not a JSON form of the type */
  public static <T> T read(String json, Class<T> type) {
    try {
      T value = JSON.fromJson(json, type);
      if (value == null) {
        throw new MalformedMessageException("the body is empty");
      }
      return value;
    } catch (JsonbException | IllegalArgumentException | ClassCastException e) {
      throw new MalformedMessageException("the body is not a " + type.getSimpleName() + ": " + e.getMessage());
    }
  }
}
