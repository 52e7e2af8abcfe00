package com.duskspendr.ml.classifier.control;

import java.util.List;

/**
 * The committed, versioned training set built from public sources (see the README), split by brand into a
 * training part and a held-out evaluation part that never share a brand.
 */
public final class SeedTrainingSet {

  /** Version of the committed data set, e.g. "2026.11.1". */
  public static String version() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  public static List<LabelledText> training() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  public static List<LabelledText> heldOut() {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
