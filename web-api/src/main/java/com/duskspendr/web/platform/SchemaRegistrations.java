package com.duskspendr.web.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The schemas the deployed modules register: each module that owns tables carries {@value #RESOURCE}
 * ({@code schema} and {@code order}), so a new context brings its migrations along without an edit here.
 * Migration order is ascending {@code order}: the kernel's outbox (0) first, then the contexts.
 */
final class SchemaRegistrations {

  static final String RESOURCE = "META-INF/duskspendr/schema.properties";

  /** One registered schema. */
  record Registration(String schema, int order) {}

  private SchemaRegistrations() {}

  static List<String> find(ClassLoader loader) {
    List<Properties> found = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader.getResources(RESOURCE))) {
        try (InputStream in = url.openStream()) {
          Properties properties = new Properties();
          properties.load(in);
          found.add(properties);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the schema registrations", e);
    }
    return ordered(found);
  }

  /** The schema names in migration order; a schema registered twice, or without a name, is refused. */
  static List<String> ordered(List<Properties> registrations) {
    List<Registration> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Properties properties : registrations) {
      String schema = properties.getProperty("schema", "").trim();
      if (!schema.matches("[a-z][a-z0-9_]*")) {
        throw new IllegalStateException("A schema registration names no valid schema: " + properties);
      }
      if (!seen.add(schema)) {
        throw new IllegalStateException("Schema " + schema + " is registered twice");
      }
      all.add(new Registration(schema, Integer.parseInt(properties.getProperty("order", "100").trim())));
    }
    all.sort(Comparator.comparingInt(Registration::order).thenComparing(Registration::schema));
    return all.stream().map(Registration::schema).toList();
  }
}
