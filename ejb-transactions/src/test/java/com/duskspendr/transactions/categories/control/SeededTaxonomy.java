package com.duskspendr.transactions.categories.control;

import com.duskspendr.transactions.categories.entity.Category;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The system taxonomy exactly as migration V1 seeds it, read from the migration (the single source). */
public final class SeededTaxonomy {

  static final String MIGRATION = "db/migration/transactions/V1__categories_and_rules.sql";
  private static final Pattern ROW =
      Pattern.compile("^ {4}\\('([^']+)', (NULL|'([^']+)'), '((?:[^']|'')+)', '([^']+)'\\),?$", Pattern.MULTILINE);

  private SeededTaxonomy() {}

  /** Fresh entities on every call, so that tests cannot share state through them. */
  public static List<Category> categories() {
    String sql;
    try (InputStream in = SeededTaxonomy.class.getClassLoader().getResourceAsStream(MIGRATION)) {
      if (in == null) {
        throw new IllegalStateException(MIGRATION + " is not on the class path");
      }
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Category> rows = new ArrayList<>();
    Matcher m = ROW.matcher(sql);
    while (m.find()) {
      rows.add(Category.system(m.group(1), m.group(3), m.group(4).replace("''", "'"), m.group(5)));
    }
    return rows;
  }

  /** The seeded taxonomy behind a {@link SystemTaxonomy}, as the server caches it. */
  public static SystemTaxonomy cache() {
    var cache = new SystemTaxonomy() {
      private final Taxonomy taxonomy = new Taxonomy(categories());

      @Override
      public Taxonomy current() {
        return taxonomy;
      }
    };
    return cache;
  }
}
