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
import java.util.zip.CRC32;

/**
 * The committed, versioned training set built from public sources (see the README), split by brand into a
 * training part and a held-out evaluation part that never share a brand.
 *
 * <p>Every row names the brand or bank phrase it was generated from (its group). A group is held out when the
 * CRC-32 of its name falls in the held-out fifth: deterministic, independent of row order, and a brand's noisy
 * variants always travel together.
 */
public final class SeedTrainingSet {

  static final String RESOURCE = "/ml/seed-training-set.tsv";
  private static final int SPLIT_PARTS = 5;
  private static final String VERSION_LINE = "# version\t";
  private static final String HEADER = "group\tcategory\tmerchant\tdescription\tamount";

  private SeedTrainingSet() {}

  /** One row of the set: the brand or phrase it came from, and the labelled example. */
  public record Example(String group, LabelledText labelled) {

    public boolean heldOut() {
      return isHeldOut(group);
    }
  }

  private record Loaded(String version, List<Example> examples) {}

  /** Parsed once, on first use (class initialization is thread-safe). */
  private static final class Holder {
    static final Loaded LOADED = load();
  }

  /** Version of the committed data set, e.g. "2026.11.1". */
  public static String version() {
    return Holder.LOADED.version();
  }

  /** Every example with its group, training and held-out alike. */
  public static List<Example> examples() {
    return Holder.LOADED.examples();
  }

  public static List<LabelledText> training() {
    return examples().stream().filter(example -> !example.heldOut()).map(Example::labelled).toList();
  }

  public static List<LabelledText> heldOut() {
    return examples().stream().filter(Example::heldOut).map(Example::labelled).toList();
  }

  /** Whether a brand (group) belongs to the held-out split: one fifth of all groups. */
  public static boolean isHeldOut(String group) {
    CRC32 crc = new CRC32();
    crc.update(group.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % SPLIT_PARTS == 0;
  }

  private static Loaded load() {
    try (InputStream in = SeedTrainingSet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("seed training set missing from the class path: " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("reading the seed training set failed", e);
    }
  }

  private static Loaded parse(BufferedReader reader) throws IOException {
    String version = null;
    List<Example> examples = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.startsWith(VERSION_LINE)) {
        version = line.substring(VERSION_LINE.length()).strip();
      } else if (!line.startsWith("#") && !line.equals(HEADER) && !line.isBlank()) {
        examples.add(parseRow(line, number));
      }
    }
    if (version == null || examples.isEmpty()) {
      throw new IllegalStateException("seed training set has no version line or no rows");
    }
    return new Loaded(version, List.copyOf(examples));
  }

  private static Example parseRow(String line, int number) {
    String[] columns = line.split("\t", -1);
    if (columns.length != 5) {
      throw new IllegalStateException("seed training set line " + number + ": expected 5 columns");
    }
    TransactionText text = new TransactionText(columns[2], columns[3], new BigDecimal(columns[4]));
    return new Example(columns[0], new LabelledText(text, columns[1]));
  }
}
