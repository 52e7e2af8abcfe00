package com.duskspendr.transactions.imports.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Turns an uploaded text statement (CSV, QIF) into text, in the encoding it carries or declares: a byte
 * order mark (UTF-8, UTF-16 little or big endian) first, then the {@code charset} the upload's content type
 * names (Windows-1252, ISO-8859-1, GB18030, Shift_JIS, ...), else UTF-8. Bytes that are not valid in that
 * encoding are a whole-file error that says which encoding was assumed and how to name another, never
 * replacement characters silently stored in the user's merchants.
 */
public final class StatementText {

  private StatementText() {}

  /** UTF-8 unless the bytes carry a byte order mark. */
  public static String decode(byte[] content) {
    return decode(content, null);
  }

  /**
   * @param declaredCharset the content type's {@code charset} parameter; null when it had none
   * @throws StatementException the charset is unknown, or the bytes are not valid in the encoding
   */
  public static String decode(byte[] content, String declaredCharset) {
    int skip = 0;
    Charset charset;
    String origin;
    if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
      origin = "its byte order mark";
    } else if (startsWith(content, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
      origin = "its byte order mark";
    } else if (startsWith(content, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
      origin = "its byte order mark";
    } else if (declaredCharset != null && !declaredCharset.isBlank()) {
      charset = named(declaredCharset.strip());
      origin = "the charset of its content type";
    } else {
      charset = StandardCharsets.UTF_8;
      origin = "no charset was given";
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(content, skip, content.length - skip)).toString();
      // A mark written again after a declared charset (some exporters do both) is not content.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException invalid) {
      throw new StatementException("file", "is not valid " + charset.name() + " (" + origin + ")"
          + ": send the file's encoding as the charset of its content type, e.g. text/csv; charset=windows-1252");
    }
  }

  private static Charset named(String name) {
    try {
      return Charset.forName(name);
    } catch (UnsupportedCharsetException | java.nio.charset.IllegalCharsetNameException unknown) {
      throw new StatementException("charset", "'" + name + "' is not a character set this server knows");
    }
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
