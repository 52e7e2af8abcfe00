package com.duskspendr.ml.classifier.control;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The stored form of a two-level model: a magic header, then the detailed and the primary OpenNLP model, each with
 * its length. Bytes without the header are a single detailed model as versions before 2026.12 stored them; they
 * still load (the primary level is then the sum of the subcategories).
 */
final class TwoLevelModelFormat {

  private static final byte[] MAGIC = "DSML2LVL".getBytes(StandardCharsets.US_ASCII);

  /** The two parts; {@code primary} is null for a single-level model. */
  record Parts(byte[] detailed, byte[] primary) {}

  private TwoLevelModelFormat() {}

  static byte[] write(byte[] detailed, byte[] primary) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(detailed.length + (primary == null ? 0 : primary.length) + 32);
      DataOutputStream out = new DataOutputStream(bytes);
      out.write(MAGIC);
      out.writeInt(detailed.length);
      out.write(detailed);
      out.writeInt(primary == null ? 0 : primary.length);
      if (primary != null) {
        out.write(primary);
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Parts read(byte[] bytes) {
    if (bytes.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
      return new Parts(bytes, null);
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length,
        bytes.length - MAGIC.length))) {
      byte[] detailed = in.readNBytes(in.readInt());
      int primaryLength = in.readInt();
      byte[] primary = primaryLength == 0 ? null : in.readNBytes(primaryLength);
      return new Parts(detailed, primary);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a categorizer model", e);
    }
  }
}
