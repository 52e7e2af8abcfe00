package com.duskspendr.transactions.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StatementTextTest {

  private static final String TEXT = "Date,Merchant,Amount\n2024-03-01,Café Zoë – Straße 北京烤鸭,-3.50\n";

  private static byte[] withMark(byte[] mark, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(mark);
    out.writeBytes(body);
    return out.toByteArray();
  }

  @Test
  void byteOrderMarksDecideTheEncoding() {
    assertEquals(TEXT, StatementText.decode(withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        TEXT.getBytes(StandardCharsets.UTF_8))));
    assertEquals(TEXT, StatementText.decode(withMark(new byte[] {(byte) 0xFF, (byte) 0xFE},
        TEXT.getBytes(StandardCharsets.UTF_16LE)), "windows-1252"), "the mark wins over a declared charset");
    assertEquals(TEXT, StatementText.decode(withMark(new byte[] {(byte) 0xFE, (byte) 0xFF},
        TEXT.getBytes(StandardCharsets.UTF_16BE))));
  }

  @Test
  void aDeclaredCharsetIsUsed() {
    String western = "Date,Merchant,Amount\n2024-03-01,Café Zoë Straße,-3.50\n";
    assertEquals(western, StatementText.decode(western.getBytes(Charset.forName("windows-1252")), "windows-1252"));
    assertEquals(western, StatementText.decode(western.getBytes(StandardCharsets.ISO_8859_1), "ISO-8859-1"));
    String chinese = "日期,商户,金额\n2024-03-01,北京烤鸭店,-88.00\n";
    assertEquals(chinese, StatementText.decode(chinese.getBytes(Charset.forName("GB18030")), "GB18030"));
  }

  @Test
  void bytesThatAreNotUtf8WithoutACharsetAreAClearError() {
    byte[] latin1 = "Café".getBytes(StandardCharsets.ISO_8859_1);
    StatementException refused = assertThrows(StatementException.class, () -> StatementText.decode(latin1));
    assertEquals("file", refused.field());
    assertTrue(refused.issue().contains("UTF-8") && refused.issue().contains("charset="), refused.issue());
    assertEquals("charset", assertThrows(StatementException.class,
        () -> StatementText.decode(latin1, "klingon-8")).field());
  }
}
