package com.duskspendr.notifications.inbox.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;

/** A notification's facts as stored: a JSON object of strings. */
public final class NotificationData {

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final Type STRING_MAP = new ParameterizedType() {
    @Override public Type[] getActualTypeArguments() { return new Type[] {String.class, String.class}; }
    @Override public Type getRawType() { return Map.class; }
    @Override public Type getOwnerType() { return null; }
  };

  private NotificationData() {}

  public static String toJson(Map<String, String> data) {
    return JSON.toJson(data);
  }

  public static Map<String, String> fromJson(String json) {
    return JSON.fromJson(json, STRING_MAP);
  }
}
