package com.duskspendr.ml.classifier.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a card network's merchant category code says: the reviewed MCC rows of {@code category-mapping.tsv} (the
 * same mapping the training set is built with, copied into the jar by the build), first match wins. A bank that
 * prints the code ({@code ... MCC:5812 Contactloze betaling}, as ASN Bank does) tells us what the acquirer registered
 * the shop as, which beats any guess from the shop's name.
 */
public final class MerchantCategoryCodes {

  static final String RESOURCE = "/ml/category-mapping.tsv";
  /** {@code MCC:5812}, {@code MCC 5812}, {@code mcc=5812}: the code only with its label, never a bare number. */
  private static final Pattern IN_TEXT = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])MCC\\s*[:=]?\\s*(\\d{4})(?!\\d)");

  private record Range(int from, int to, String category) {}

  private final List<Range> ranges;

  MerchantCategoryCodes(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /** The mapping shipped in the jar, read once. */
  public static MerchantCategoryCodes standard() {
    return Holder.STANDARD;
  }

  /** The category slug a code maps to, if the mapping covers it. */
  public Optional<String> categoryOf(int code) {
    for (Range range : ranges) {
      if (code >= range.from() && code <= range.to()) {
        return Optional.of(range.category());
      }
    }
    return Optional.empty();
  }

  /** A labelled code in a bank line's text ({@code MCC:5812}), if there is one. */
  public static OptionalInt inText(String text) {
    if (text == null || text.isEmpty()) {
      return OptionalInt.empty();
    }
    Matcher matcher = IN_TEXT.matcher(text);
    return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
  }

  /** Reads the {@code mcc <code or from-to> <slug>} rows of the mapping, in order. */
  static MerchantCategoryCodes of(List<String> lines) {
    List<Range> ranges = new ArrayList<>();
    for (String line : lines) {
      String[] columns = line.split("\t", -1);
      if (columns.length < 3 || !columns[0].equals("mcc")) {
        continue;
      }
      String[] bounds = columns[1].split("-", 2);
      int from = Integer.parseInt(bounds[0].trim());
      int to = bounds.length == 2 ? Integer.parseInt(bounds[1].trim()) : from;
      ranges.add(new Range(from, to, columns[2].trim()));
    }
    return new MerchantCategoryCodes(ranges);
  }

  private static final class Holder {
    static final MerchantCategoryCodes STANDARD = load();

    private static MerchantCategoryCodes load() {
      try (InputStream in = MerchantCategoryCodes.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("MCC mapping missing from the class path: " + RESOURCE);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return of(reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList());
      } catch (IOException e) {
        throw new UncheckedIOException("reading the MCC mapping failed", e);
      }
    }
  }
}
