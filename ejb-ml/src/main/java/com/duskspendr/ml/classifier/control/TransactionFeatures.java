package com.duskspendr.ml.classifier.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The features the model sees, as strings with a kind prefix: words ({@code w=}), word pairs ({@code b=}), the
 * first merchant word ({@code f=}), the whole short merchant ({@code m=}), letter trigrams within each word with
 * boundary markers ({@code c3=^st}, {@code c3=ks$}), and the amount's sign ({@code s=}) and size
 * ({@code a=out_20}). Letter trigrams let unseen brands and inflected words borrow from seen ones ("burger",
 * "pharma", "tankstelle"); four-grams were tried and only memorized training brands better (no gain on held-out
 * brands, a slower build). The sign separates salary from rent and refunds from purchases.
 *
 * <p>Chinese and Japanese write without spaces, so a "word" is the whole shop name ({@code 永辉超市}); its single
 * characters and character pairs ({@code c2=超市}) are what it shares with the category vocabulary ({@code 超市},
 * supermarket), so words in those scripts add them too. Korean is left to the trigrams: the normalizer's
 * decomposition spells Hangul out as letters.
 */
public final class TransactionFeatures {

  static final String WORD = "w=";
  static final String PAIR = "b=";
  static final String FIRST = "f=";
  static final String MERCHANT = "m=";
  static final String TRIGRAM = "c3=";
  static final String CJK_PAIR = "c2=";
  static final String CJK_CHAR = "c1=";
  static final String SIGN = "s=";
  static final String AMOUNT = "a=";
  private static final int MAX_MERCHANT_WORDS = 4;
  /** Upper bounds of the amount buckets: roughly doubling, so "coffee", "groceries", "rent" fall apart. */
  private static final int[] BUCKET_LIMITS = {2, 5, 10, 20, 50, 100, 250, 500, 1000, 2500};

  private TransactionFeatures() {}

  public static String[] of(TransactionText text) {
    List<String> merchant = DescriptorNormalizer.words(text.merchantName());
    List<String> description = DescriptorNormalizer.words(text.description());
    Set<String> features = new LinkedHashSet<>();
    addWords(merchant, features);
    addWords(description, features);
    if (!merchant.isEmpty()) {
      features.add(FIRST + merchant.get(0));
      if (merchant.size() <= MAX_MERCHANT_WORDS) {
        features.add(MERCHANT + String.join("_", merchant));
      }
    }
    addAmount(text.amount(), features);
    return features.toArray(String[]::new);
  }

  private static void addWords(List<String> words, Set<String> features) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      features.add(WORD + word);
      if (i > 0) {
        features.add(PAIR + words.get(i - 1) + "_" + word);
      }
      addLetterGrams(word, features);
      if (isChineseOrJapanese(word)) {
        addCharacterGrams(word, features);
      }
    }
  }

  private static boolean isChineseOrJapanese(String word) {
    for (int i = 0; i < word.length(); ) {
      int codePoint = word.codePointAt(i);
      Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
      if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA) {
        return true;
      }
      i += Character.charCount(codePoint);
    }
    return false;
  }

  private static void addCharacterGrams(String word, Set<String> features) {
    int[] characters = word.codePoints().toArray();
    for (int i = 0; i < characters.length; i++) {
      features.add(CJK_CHAR + new String(characters, i, 1));
      if (i + 1 < characters.length) {
        features.add(CJK_PAIR + new String(characters, i, 2));
      }
    }
  }

  private static void addLetterGrams(String word, Set<String> features) {
    String marked = "^" + word + "$";
    for (int i = 0; i + 3 <= marked.length(); i++) {
      features.add(TRIGRAM + marked.substring(i, i + 3));
    }
  }

  private static void addAmount(BigDecimal amount, Set<String> features) {
    if (amount == null) {
      return;
    }
    int sign = amount.signum();
    String direction = sign < 0 ? "out" : sign > 0 ? "in" : "zero";
    features.add(SIGN + direction);
    if (sign != 0) {
      features.add(AMOUNT + direction + "_" + bucket(amount.abs()));
    }
  }

  /** The bucket's upper bound ("20" = 10 to 20), or "more" above the last. */
  static String bucket(BigDecimal magnitude) {
    for (int limit : BUCKET_LIMITS) {
      if (magnitude.compareTo(BigDecimal.valueOf(limit)) < 0) {
        return Integer.toString(limit);
      }
    }
    return "more";
  }

  /** A feature as a person reads it, for explanations: {@code w=starbucks} → {@code word "starbucks"}. */
  public static String describe(String feature) {
    int eq = feature.indexOf('=');
    String kind = feature.substring(0, eq + 1);
    String value = feature.substring(eq + 1);
    return switch (kind) {
      case WORD -> "word \"" + value + "\"";
      case PAIR -> "words \"" + value.replace('_', ' ') + "\"";
      case FIRST -> "merchant starting with \"" + value + "\"";
      case MERCHANT -> "merchant \"" + value.replace('_', ' ') + "\"";
      case TRIGRAM -> "letters \"" + value.replace("^", "").replace("$", "") + "\"";
      case CJK_PAIR, CJK_CHAR -> "characters \"" + value + "\"";
      case SIGN -> "money " + value;
      case AMOUNT -> describeAmount(value);
      default -> feature;
    };
  }

  private static String describeAmount(String value) {
    String[] parts = value.split("_");
    List<String> limits = new ArrayList<>();
    for (int limit : BUCKET_LIMITS) {
      limits.add(Integer.toString(limit));
    }
    int index = limits.indexOf(parts[1]);
    String range = index < 0 ? "over " + BUCKET_LIMITS[BUCKET_LIMITS.length - 1]
        : index == 0 ? "under " + parts[1] : limits.get(index - 1) + " to " + parts[1];
    return "money " + parts[0] + ", " + range;
  }
}
