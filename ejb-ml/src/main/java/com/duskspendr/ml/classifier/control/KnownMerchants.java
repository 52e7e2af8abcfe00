package com.duskspendr.ml.classifier.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The known-merchant dictionary: brand names from the same public sources as the training set
 * (name-suggestion-index, the MCC chains, our app-only brands), normalized like a bank line, each with its category,
 * and our reviewed bank phrases ({@code payroll deposit}, {@code miete}, {@code electric bill}). A line whose merchant
 * starts with a known name ({@code STARBUCKS #04417 SEATTLE WA} → {@code starbucks}) is answered by lookup, not by
 * the model: the model has to guess a brand from its letters and spreads its belief over every feature of a line,
 * the dictionary knows the name.
 *
 * <p>Only a whole-word prefix of the normalized merchant counts, longest first, so {@code blue bottle coffee} is
 * the café and not {@code blue bottle liquors}; a brand whose name is a generic word ("Coffee", "Apotheke") was left
 * out by the build, and names that normalize alike but disagree on the primary category are dropped here, so the
 * dictionary never has to choose. About 19,000 names in one hash map (a few MB); a lookup is a handful of hash
 * probes.
 */
public final class KnownMerchants {

  static final String RESOURCE = "/ml/known-merchants.tsv";
  /** Longest brand name, in words, that a prefix is tried for. */
  private static final int MAX_WORDS = 6;
  /**
   * A brand this short ("CCC", "TOP") answers only when it is the whole merchant: as the first word of a longer line
   * it is as often an abbreviation or an ordinary word ({@code CCC -XXX : I-BANK}, {@code TOP-UP TO PAYLAH}).
   */
  private static final int MIN_PREFIX_LETTERS = 4;
  /**
   * Banks are in the brand data for their cash machines, but their names are on every kind of line (card payments,
   * transfers, fees): a bank's name says nothing about the category.
   */
  private static final String CASH_MACHINES = "transfer_out.withdrawal";

  /**
   * A dictionary hit: the name as normalized, its category slug, and whether it is one of our bank phrases rather
   * than a brand.
   */
  public record KnownMerchant(String brand, String category, boolean phrase) {

    public KnownMerchant(String brand, String category) {
      this(brand, category, false);
    }
  }

  private static final String PHRASE = "phrase";

  private final Map<String, String> categoryByBrand;
  /** Per phrase, the sign of the amounts it is written for (+1 money in, -1 money out, 0 either). */
  private final Map<String, Integer> phraseSigns;
  private final String version;

  KnownMerchants(Map<String, String> categoryByBrand, Map<String, Integer> phraseSigns, String version) {
    this.categoryByBrand = Map.copyOf(categoryByBrand);
    this.phraseSigns = Map.copyOf(phraseSigns);
    this.version = version;
  }

  /** The dictionary shipped in the jar, read once. */
  public static KnownMerchants standard() {
    return Holder.STANDARD;
  }

  /** The data set version it was built with, e.g. "2026.12.1". */
  public String version() {
    return version;
  }

  public int size() {
    return categoryByBrand.size();
  }

  /**
   * The name the merchant (or, without a merchant, the description) starts with, if it is a known one; a phrase only
   * for amounts of its sign ("dauerauftrag" is a transfer out, not a transfer coming in).
   */
  public Optional<KnownMerchant> lookup(TransactionText text) {
    int sign = text.amount() == null ? 0 : text.amount().signum();
    List<String> words = DescriptorNormalizer.words(text.merchantName());
    if (words.isEmpty()) {
      words = DescriptorNormalizer.words(text.description());
    }
    for (int n = Math.min(MAX_WORDS, words.size()); n >= 1; n--) {
      String brand = String.join(" ", words.subList(0, n));
      String category = categoryByBrand.get(brand);
      if (category == null || (n < words.size() && brand.length() < MIN_PREFIX_LETTERS)) {
        continue;
      }
      Integer phraseSign = phraseSigns.get(brand);
      if (phraseSign == null) {
        return Optional.of(new KnownMerchant(brand, category, false));
      }
      if (phraseSign == 0 || sign == 0 || phraseSign == sign) {
        return Optional.of(new KnownMerchant(brand, category, true));
      }
    }
    return Optional.empty();
  }

  /**
   * Builds the dictionary from (name, slug[, brand|phrase+|phrase-]) rows; names agreeing on nothing but their
   * letters are dropped.
   */
  static KnownMerchants of(List<String[]> rows, String version) {
    Map<String, String> byBrand = new HashMap<>();
    Map<String, Integer> phraseSigns = new HashMap<>();
    Set<String> conflicting = new HashSet<>();
    for (String[] row : rows) {
      String brand = DescriptorNormalizer.normalize(row[0]);
      boolean phrase = row.length > 2 && row[2].startsWith(PHRASE);
      if (brand.isEmpty() || conflicting.contains(brand) || (!phrase && row[1].equals(CASH_MACHINES))) {
        continue;
      }
      String earlier = byBrand.putIfAbsent(brand, row[1]);
      if (earlier != null && !primary(earlier).equals(primary(row[1]))) {
        byBrand.remove(brand);
        conflicting.add(brand);
      } else if (earlier == null && phrase) {
        phraseSigns.put(brand, row[2].endsWith("+") ? 1 : row[2].endsWith("-") ? -1 : 0);
      }
    }
    phraseSigns.keySet().retainAll(byBrand.keySet());
    return new KnownMerchants(byBrand, phraseSigns, version);
  }

  private static String primary(String slug) {
    int dot = slug.indexOf('.');
    return dot < 0 ? slug : slug.substring(0, dot);
  }

  private static final class Holder {
    static final KnownMerchants STANDARD = load();

    private static KnownMerchants load() {
      try (InputStream in = KnownMerchants.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("known-merchant dictionary missing from the class path: " + RESOURCE);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String[]> rows = reader.lines()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .map(line -> line.split("\t", -1))
            .filter(columns -> columns.length == 2 || columns.length == 3)
            .toList();
        return of(rows, SeedTrainingSet.version());
      } catch (IOException e) {
        throw new UncheckedIOException("reading the known-merchant dictionary failed", e);
      }
    }
  }
}
