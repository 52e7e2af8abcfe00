package com.duskspendr.ml.classifier.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces a bank descriptor or a typed memo to the words that say something about the merchant:
 * {@code POS 4417 STARBUCKS #1234 SEATTLE WA} becomes {@code [starbucks, seattle]}, {@code SQ *BLUE BOTTLE}
 * becomes {@code [blue, bottle]}, {@code AMZN Mktp US*2K3} becomes {@code [amzn, mktp, us]}.
 *
 * <p>What goes: case, accents (umlauts are spelt out as banks do: ü → ue), card-channel prefixes ({@code POS},
 * {@code KARTENZAHLUNG}, {@code PAIEMENT CB}), payment-processor prefixes ({@code SQ *}, {@code TST*},
 * {@code PAYPAL *}), store numbers, dates and reference codes (any token with a digit, except short brand-like ones
 * such as {@code o2} or {@code 7-eleven}'s "eleven"), a trailing state or country code, and the names of months in
 * the languages we read ({@code Miete Dezember}, {@code Salaire août}: the month says when, never what). Cities stay:
 * the model learns from the noisy training set that they say nothing.
 */
public final class DescriptorNormalizer {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern CHANNEL_PREFIX = Pattern.compile(
      "^(?:pos(?: purchase)?|debit card purchase|card purchase|visa debit|kartenzahlung|paiement cb|cb"
          + "|compra tarj\\.?|compra|prlv sepa|lastschrift)\\s+");
  private static final Pattern PROCESSOR_PREFIX = Pattern.compile(
      "^(?:sq|tst|paypal|pypl|pp|sp|sumup|iz|izettle|zettle|stripe|cko|ckp|wpy|dnh|fs|bt|gglpay|google|apl|apple pay)"
          + "\\s*[*_]\\s*");
  private static final Pattern STAR_CODE = Pattern.compile("\\*\\s*[a-z0-9]*\\d[a-z0-9]*");
  private static final Pattern STORE_NUMBER = Pattern.compile("#\\s*\\d+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}&]+");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+\\s+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Set<String> TRAILING_REGIONS = Set.of(
      "al", "ak", "az", "ar", "ca", "co", "ct", "dc", "fl", "ga", "hi", "ia", "id", "il", "in", "ks", "ky", "la",
      "ma", "md", "me", "mi", "mn", "mo", "ms", "mt", "nc", "nd", "ne", "nh", "nj", "nm", "nv", "ny", "oh", "ok",
      "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "va", "vt", "wa", "wi", "wv", "wy",
      "de", "fr", "es", "gb", "uk", "at", "ch", "be", "nl", "it", "pt", "ie", "lu", "usa");

  /**
   * Month names in English, German, French, Spanish, Italian, Dutch and Portuguese, accents folded as
   * {@link #foldCase} folds them. Left out where the word is as often something else: "mars", "mai", "mei", "mayo",
   * "august", "april".
   */
  private static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "june", "july", "september", "october", "november", "december",
      "januar", "februar", "maerz", "juni", "juli", "oktober", "dezember",
      "janvier", "fevrier", "avril", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
      "enero", "febrero", "marzo", "abril", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
      "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
      "januari", "februari", "maart", "augustus", "janeiro", "fevereiro", "marco", "maio", "junho", "julho",
      "setembro", "outubro", "novembro", "dezembro");

  private DescriptorNormalizer() {}

  /** The descriptor's meaningful words, in order; empty for null or blank input. */
  public static List<String> words(String raw) {
    if (raw == null || raw.isBlank()) {
      return List.of();
    }
    String text = foldCase(raw);
    text = stripPrefixes(text);
    text = STAR_CODE.matcher(text).replaceAll(" ");
    text = STORE_NUMBER.matcher(text).replaceAll(" ");
    text = text.replace("'", "").replace("’", "");
    List<String> words = new ArrayList<>();
    for (String token : SEPARATORS.split(text)) {
      if (!token.isEmpty() && !isCode(token)) {
        words.add(token);
      }
    }
    if (words.size() >= 3 && TRAILING_REGIONS.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    if (words.size() >= 2 && words.stream().anyMatch(MONTHS::contains) && !words.stream().allMatch(MONTHS::contains)) {
      words.removeIf(MONTHS::contains);
    }
    return List.copyOf(words);
  }

  /** The words joined by single spaces: the normalized descriptor. */
  public static String normalize(String raw) {
    return String.join(" ", words(raw));
  }

  private static String foldCase(String raw) {
    String lower = raw.toLowerCase(Locale.ROOT)
        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    if (!isAscii(lower)) {
      lower = COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
    return WHITESPACE.matcher(lower).replaceAll(" ").strip();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  private static String stripPrefixes(String text) {
    String previous;
    String current = text;
    do {
      previous = current;
      current = CHANNEL_PREFIX.matcher(current).replaceFirst("");
      current = LEADING_NUMBER.matcher(current).replaceFirst("");
      current = PROCESSOR_PREFIX.matcher(current).replaceFirst("");
    } while (!current.equals(previous));
    return current;
  }

  /** Numbers, dates, store and reference codes; short letter-digit brands ("o2", "g7", "3m") are kept. */
  private static boolean isCode(String token) {
    if (!DIGIT.matcher(token).find()) {
      return false;
    }
    long digits = token.chars().filter(Character::isDigit).count();
    return digits == token.length() || token.length() > 3 || digits > 1;
  }
}
