package com.duskspendr.ml.classifier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DescriptorNormalizerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "POS 4417 STARBUCKS #1234 SEATTLE WA | starbucks seattle",
      "SQ *BLUE BOTTLE                     | blue bottle",
      "AMZN Mktp US*2K3                    | amzn mktp us",
      "UBER   *TRIP                        | uber trip",
      "PAYPAL *NETFLIX                     | netflix",
      "TST* Joe's Pizza                    | joes pizza",
      "KARTENZAHLUNG Bäckerei Müller       | baeckerei mueller",
      "PAIEMENT CB Café de Flore 24/11     | cafe de flore",
      "COMPRA TARJ. Peña Grande MADRID ES  | pena grande madrid",
      "SUMUP *COFFEE FELLOWS               | coffee fellows",
      "O2 Telefonica 0034123               | o2 telefonica",
      "Rent payment                        | rent payment",
      "Miete Dezember                      | miete",
      "Salaire août 2025                   | salaire",
      "Nomina Diciembre ACME SL            | nomina acme sl",
      "CHASE MARCH                         | chase",
  })
  void reducesBankDescriptorsToTheMerchantsWords(String descriptor, String expected) {
    assertEquals(expected, DescriptorNormalizer.normalize(descriptor));
  }

  @Test
  void blankAndNullHaveNoWords() {
    assertEquals(List.of(), DescriptorNormalizer.words(null));
    assertEquals(List.of(), DescriptorNormalizer.words("   "));
    assertEquals(List.of(), DescriptorNormalizer.words("#1234 5678"));
  }

  @Test
  void aMonthGoesOnlyWhenSomethingElseIsLeft() {
    assertEquals("dezember", DescriptorNormalizer.normalize("DEZEMBER"));
    assertEquals("juni juli", DescriptorNormalizer.normalize("Juni Juli"));
    assertEquals("mars", DescriptorNormalizer.normalize("MARS"), "a chocolate bar as often as a month");
  }

  @Test
  void aTrailingRegionCodeGoesOnlyWhenSomethingIsLeftBeforeIt() {
    assertEquals("banco de", DescriptorNormalizer.normalize("BANCO DE"));
    assertEquals("shell berlin", DescriptorNormalizer.normalize("SHELL BERLIN DE"));
  }
}
