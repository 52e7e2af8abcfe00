package com.duskspendr.transactions.imports.control;

import com.duskspendr.transactions.imports.boundary.DuplicateKey;
import com.duskspendr.transactions.imports.boundary.ParsedLine;
import com.duskspendr.transactions.imports.boundary.StoredTransactionKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 2);

  private static ParsedLine line(int n, String amount, String merchant, String externalId) {
    return new ParsedLine(n, DAY, new BigDecimal(amount), "USD", merchant, null, externalId);
  }

  private static StoredTransactionKey stored(String amount, String merchant, String externalId) {
    return new StoredTransactionKey(externalId, new DuplicateKey(DAY, new BigDecimal(amount), "USD", merchant));
  }

  @Test
  void sameExternalIdIsADuplicateWhateverElseDiffers() {
    var split = DuplicateDetector.split(List.of(line(2, "-9.99", "Other", "FIT1")), List.of(stored("-4.75", "Coffee", "FIT1")));

    assertEquals(List.of(2), split.duplicates().stream().map(ParsedLine::line).toList());
  }

  @Test
  void sameDateAmountAndNormalizedMerchantWhenAnIdIsMissing() {
    var split = DuplicateDetector.split(
        List.of(line(2, "-4.750", "STARBUCKS #123 ", null), line(3, "-4.75", "Café", "FIT9"), line(4, "-4.75", "Bakery", null)),
        List.of(stored("-4.75", "Starbucks 123", "FIT1"), stored("-4.75", "CAFE", null)));

    assertEquals(List.of(2, 3), split.duplicates().stream().map(ParsedLine::line).toList());
    assertEquals(List.of(4), split.fresh().stream().map(ParsedLine::line).toList());
  }

  @Test
  void differentIdsAreDifferentTransactionsEvenWithTheSameKey() {
    var split = DuplicateDetector.split(
        List.of(line(2, "-3.00", "Coffee", "A"), line(3, "-3.00", "Coffee", "B")), List.of(stored("-3.00", "Coffee", "C")));

    assertEquals(List.of(2, 3), split.fresh().stream().map(ParsedLine::line).toList());
  }

  @Test
  void duplicatesWithinTheSameFile() {
    var split = DuplicateDetector.split(
        List.of(line(2, "-1.00", "A", "X"), line(3, "-2.00", "B", "X"), line(4, "-5.00", "Shop", null), line(5, "-5.0", "shop", null)),
        List.of());

    assertEquals(List.of(2, 4), split.fresh().stream().map(ParsedLine::line).toList());
    assertEquals(List.of(3, 5), split.duplicates().stream().map(ParsedLine::line).toList());
  }

  @Test
  void currencyAndDateArePartOfTheKey() {
    var otherCurrency = new ParsedLine(2, DAY, new BigDecimal("-4.75"), "EUR", "Coffee", null, null);
    var otherDay = new ParsedLine(3, DAY.plusDays(1), new BigDecimal("-4.75"), "USD", "Coffee", null, null);

    var split = DuplicateDetector.split(List.of(otherCurrency, otherDay), List.of(stored("-4.75", "Coffee", null)));

    assertEquals(2, split.fresh().size());
  }

  @Test
  void merchantNormalization() {
    assertEquals("tesco stores 2041", DuplicateKey.normalizeMerchant("  TESCO  STORES #2041 "));
    assertEquals("cafe muller", DuplicateKey.normalizeMerchant("Café Müller"));
    assertEquals("", DuplicateKey.normalizeMerchant(null));
  }
}
