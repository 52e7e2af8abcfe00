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
import java.util.OptionalInt;
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
   * Where a hit comes from: a brand's name, one of our reviewed bank phrases, one of our reviewed words that name a
   * category anywhere in a line ("supermarket", "超市", "mortgage"), or the card network's code.
   */
  public enum Kind {
    BRAND("merchant"), PHRASE("bank phrase"), WORD("shop or bill word"),
    MERCHANT_CATEGORY_CODE("merchant category code");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** How an explanation names it ("a known bank phrase"). */
    public String label() {
      return label;
    }
  }

  /**
   * A dictionary hit: the name as normalized (or {@code MCC 5812}), its category slug, and what kind of knowledge it
   * is.
   */
  public record KnownMerchant(String brand, String category, Kind kind) {

    public KnownMerchant(String brand, String category) {
      this(brand, category, Kind.BRAND);
    }

    /** One of our reviewed phrases or words, not a brand's name. */
    public boolean phrase() {
      return kind == Kind.PHRASE || kind == Kind.WORD;
    }
  }

  private static final String PHRASE = "phrase";
  /** Names of payment rails, as normalized (see {@link #paymentMethodAt}). */
  private static final List<List<String>> PAYMENT_METHODS = List.of(
      List.of("electronic", "funds", "transfer"), List.of("funds", "transfer"), List.of("elektronische", "uberweisung"));
  private static final String WORD = "word";

  private final Map<String, String> categoryByBrand;
  /** Per phrase or word, the sign of the amounts it is written for (+1 money in, -1 money out, 0 either). */
  private final Map<String, Integer> phraseSigns;
  /** The phrases that are words found anywhere in a line. */
  private final Set<String> words;
  /**
   * Words whose category is given by the amount's sign, as {money in, money out}: "virement", "transfer",
   * "überweisung" are a transfer in when money comes in and a transfer out when it goes.
   */
  private final Map<String, String[]> signedWords;
  /** Those of them in a script without spaces (Chinese, Japanese, Korean): found inside a token too. */
  private final List<String> unspacedWords;
  private final String version;

  KnownMerchants(Map<String, String> categoryByBrand, Map<String, Integer> phraseSigns, Set<String> words,
      Map<String, String[]> signedWords, String version) {
    this.categoryByBrand = Map.copyOf(categoryByBrand);
    this.signedWords = Map.copyOf(signedWords);
    this.phraseSigns = Map.copyOf(phraseSigns);
    this.words = Set.copyOf(words);
    this.unspacedWords = words.stream().filter(KnownMerchants::isUnspaced).sorted().toList();
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
   * What is known about a line, most specific first: the name the merchant (or, without a merchant, the description)
   * starts with, if it is a known brand or phrase; else a merchant category code printed in the line
   * ({@code MCC:5812}); else one of our words anywhere in the line ({@code HANDYWAY ALDI STORE} no, but
   * {@code Organic Grocery Store}, {@code 北京餐厅}), or one of our phrases or a brand of several words further inside
   * it ({@code AUTOMATIC WITHDRAWAL, ELECTRIC BILL}, {@code Devolución Tarjeta AMZN Mktp ES}), longest first.
   * A phrase counts only for amounts of its sign ("dauerauftrag" is a transfer out, not a transfer coming in), a word
   * (like a brand) for either.
   * A one-word brand is trusted only at the start, and even there one of our words of another category later in
   * the line wins ({@code Acme Mortgage} is no grocery): such a brand is as often part of another name.
   */
  public Optional<KnownMerchant> lookup(TransactionText text) {
    int sign = text.amount() == null ? 0 : text.amount().signum();
    List<String> merchant = DescriptorNormalizer.words(text.merchantName());
    List<String> description = DescriptorNormalizer.words(text.description());
    List<String> first = merchant.isEmpty() ? description : merchant;
    Optional<KnownMerchant> atStart = startingAt(first, 0, sign, true);
    if (atStart.isPresent() && !(atStart.get().kind() == Kind.BRAND && oneWordOfMore(atStart.get(), first))) {
      return atStart;
    }
    Optional<KnownMerchant> word = word(merchant, sign).or(() -> word(description, sign));
    if (atStart.isPresent()) {
      return word.filter(w -> !primary(w.category()).equals(primary(atStart.get().category()))).or(() -> atStart);
    }
    OptionalInt code = MerchantCategoryCodes.inText(text.merchantName());
    if (code.isEmpty()) {
      code = MerchantCategoryCodes.inText(text.description());
    }
    if (code.isPresent()) {
      int mcc = code.getAsInt();
      Optional<KnownMerchant> byCode = MerchantCategoryCodes.standard().categoryOf(mcc)
          .map(category -> new KnownMerchant("MCC " + mcc, category, Kind.MERCHANT_CATEGORY_CODE));
      if (byCode.isPresent()) {
        return byCode;
      }
    }
    if (word.isPresent()) {
      return word;
    }
    for (List<String> words : List.of(merchant, description)) {
      for (int start = words == first ? 1 : 0; start < words.size(); start++) {
        Optional<KnownMerchant> inside = startingAt(words, start, sign, false);
        if (inside.isPresent()) {
          return inside;
        }
      }
    }
    return Optional.empty();
  }

  /** Chinese, Japanese and Korean write a shop's name and its type as one token (北京餐厅, 부산마트). */
  private static boolean isUnspaced(String text) {
    return text.codePoints().anyMatch(c -> {
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    });
  }

  private static boolean oneWordOfMore(KnownMerchant hit, List<String> line) {
    return hit.brand().indexOf(' ') < 0 && line.size() > 1;
  }

  /**
   * The longest of our words in a line, at any word, or inside a token of a script without spaces. Whatever the
   * amount's sign, as for a brand (a refund from a supermarket is filed where the purchase was), except the words
   * written once for each sign ("virement": a transfer in or out), which need an amount.
   */
  private Optional<KnownMerchant> word(List<String> line, int sign) {
    for (int start = 0; start < line.size(); start++) {
      int method = paymentMethodAt(line, start);
      if (method > 0) {
        start += method - 1;
        continue;
      }
      for (int n = Math.min(MAX_WORDS, line.size() - start); n >= 1; n--) {
        String candidate = String.join(" ", line.subList(start, start + n));
        if (words.contains(candidate)) {
          return Optional.of(new KnownMerchant(candidate, categoryByBrand.get(candidate), Kind.WORD));
        }
        String[] bySign = sign == 0 ? null : signedWords.get(candidate);
        if (bySign != null) {
          return Optional.of(new KnownMerchant(candidate, bySign[sign > 0 ? 0 : 1], Kind.WORD));
        }
      }
    }
    if (!unspacedWords.isEmpty()) {
      for (String token : line) {
        if (isUnspaced(token)) {
          for (String candidate : unspacedWords) {
            if (token.contains(candidate)) {
              return Optional.of(new KnownMerchant(candidate, categoryByBrand.get(candidate), Kind.WORD));
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * How many words of a payment rail's name start at a word ({@code Electronic Funds Transfer} on a utility's direct
   * debit): the rail says how the money moved, not what it paid for, so its "transfer" is no transfer word.
   */
  private static int paymentMethodAt(List<String> line, int start) {
    for (List<String> method : PAYMENT_METHODS) {
      if (start + method.size() <= line.size() && line.subList(start, start + method.size()).equals(method)) {
        return method.size();
      }
    }
    return 0;
  }

  private boolean signFits(String phrase, int sign) {
    Integer phraseSign = phraseSigns.get(phrase);
    return phraseSign == null || phraseSign == 0 || sign == 0 || phraseSign == sign;
  }

  /**
   * The longest known name starting at a word; at the line's start any brand or phrase, inside it a phrase or a
   * brand of at least two words (words are looked for on their own, see {@link #word}).
   */
  private Optional<KnownMerchant> startingAt(List<String> words, int start, int sign, boolean atStart) {
    int remaining = words.size() - start;
    for (int n = Math.min(MAX_WORDS, remaining); n >= 1; n--) {
      String brand = String.join(" ", words.subList(start, start + n));
      String category = categoryByBrand.get(brand);
      if (category == null || (n < remaining && brand.length() < MIN_PREFIX_LETTERS)) {
        continue;
      }
      Integer phraseSign = phraseSigns.get(brand);
      if (phraseSign == null) {
        if (atStart || n >= 2) {
          return Optional.of(new KnownMerchant(brand, category, Kind.BRAND));
        }
        continue;
      }
      boolean word = this.words.contains(brand);
      if ((atStart || n >= 2) && (word || signFits(brand, sign))) {
        return Optional.of(new KnownMerchant(brand, category, word ? Kind.WORD : Kind.PHRASE));
      }
    }
    return Optional.empty();
  }

  /**
   * Builds the dictionary from (name, slug[, brand|phrase+|phrase-]) rows; names agreeing on nothing but their
   * letters are dropped.
   */
  static KnownMerchants of(List<String[]> rows, String version) {
    Map<String, String[]> signedWords = signedWords(rows);
    Map<String, String> byBrand = new HashMap<>();
    Map<String, Integer> phraseSigns = new HashMap<>();
    Set<String> words = new HashSet<>();
    Set<String> conflicting = new HashSet<>();
    for (String[] row : rows) {
      String brand = DescriptorNormalizer.normalize(row[0]);
      boolean word = row.length > 2 && row[2].startsWith(WORD);
      boolean phrase = word || (row.length > 2 && row[2].startsWith(PHRASE));
      if (brand.isEmpty() || conflicting.contains(brand) || (!phrase && row[1].equals(CASH_MACHINES))
          || signedWords.containsKey(brand)) {
        continue;
      }
      String earlier = byBrand.putIfAbsent(brand, row[1]);
      if (earlier != null && !primary(earlier).equals(primary(row[1]))) {
        byBrand.remove(brand);
        conflicting.add(brand);
      } else if (earlier == null && phrase) {
        phraseSigns.put(brand, row[2].endsWith("+") ? 1 : row[2].endsWith("-") ? -1 : 0);
        if (word) {
          words.add(brand);
        }
      }
    }
    phraseSigns.keySet().retainAll(byBrand.keySet());
    words.retainAll(byBrand.keySet());
    return new KnownMerchants(byBrand, phraseSigns, words, signedWords, version);
  }

  /** The words listed once for money in and once for money out, under primary categories that differ. */
  private static Map<String, String[]> signedWords(List<String[]> rows) {
    Map<String, String[]> bySign = new HashMap<>();
    for (String[] row : rows) {
      if (row.length > 2 && row[2].startsWith(WORD) && (row[2].endsWith("+") || row[2].endsWith("-"))) {
        String[] slugs = bySign.computeIfAbsent(DescriptorNormalizer.normalize(row[0]), w -> new String[2]);
        slugs[row[2].endsWith("+") ? 0 : 1] = row[1];
      }
    }
    bySign.values().removeIf(slugs -> slugs[0] == null || slugs[1] == null || primary(slugs[0]).equals(primary(slugs[1])));
    return bySign;
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
