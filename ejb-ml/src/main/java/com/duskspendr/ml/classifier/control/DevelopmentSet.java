package com.duskspendr.ml.classifier.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Real-looking bank lines from public fixtures, labelled by us (see the README, "Development set"). Never trained
 * on: it fits the {@link Calibration} and is what the evaluation command reports the user-facing numbers on.
 */
public final class DevelopmentSet {

  static final String RESOURCE = "/ml/dev-set.tsv";
  private static final String HEADER = "source\tcategory\tmerchant\tdescription\tamount";

  /** One line and the public source it came from. */
  public record Line(String source, LabelledText labelled) {}

  private DevelopmentSet() {}

  public static List<Line> lines() {
    return Holder.LINES;
  }

  public static List<LabelledText> labelled() {
    return lines().stream().map(Line::labelled).toList();
  }

  private static final class Holder {
    static final List<Line> LINES = load();
  }

  private static List<Line> load() {
    try (InputStream in = DevelopmentSet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("development set missing from the class path: " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Line> lines = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#") || line.equals(HEADER)) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        if (columns.length != 5) {
          throw new IllegalStateException("development set line " + number + ": expected 5 columns");
        }
        TransactionText text = new TransactionText(columns[2], columns[3], new BigDecimal(columns[4]));
        lines.add(new Line(columns[0], new LabelledText(text, columns[1])));
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the development set failed", e);
    }
  }
}
