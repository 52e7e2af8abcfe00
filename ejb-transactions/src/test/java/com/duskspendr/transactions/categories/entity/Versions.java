package com.duskspendr.transactions.categories.entity;

import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/** Stands in for JPA's @Version handling in in-memory repositories: one version per flushed change. */
final class Versions {

  private static final Map<Object, String> LAST_FLUSHED = new IdentityHashMap<>();

  private Versions() {}

  static synchronized void bump(Object entity) {
    set(entity, get(entity) + 1);
    LAST_FLUSHED.put(entity, state(entity));
  }

  static synchronized void bumpIfChanged(Object entity) {
    String state = state(entity);
    if (!LAST_FLUSHED.containsKey(entity) || !Objects.equals(LAST_FLUSHED.get(entity), state)) {
      bump(entity);
    }
  }

  private static String state(Object entity) {
    if (entity instanceof Category c) {
      return c.name() + "|" + c.icon() + "|" + c.hidden();
    }
    if (entity instanceof CategoryPreference p) {
      return p.displayName() + "|" + p.hidden();
    }
    if (entity instanceof MerchantRule r) {
      return r.pattern() + "|" + r.matchType() + "|" + r.categoryId() + "|" + r.priority();
    }
    throw new IllegalArgumentException(entity.getClass().getName());
  }

  private static long get(Object entity) {
    try {
      return field(entity).getLong(entity);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void set(Object entity, long version) {
    try {
      field(entity).setLong(entity, version);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field field(Object entity) throws NoSuchFieldException {
    Field field = entity.getClass().getDeclaredField("version");
    field.setAccessible(true);
    return field;
  }
}
