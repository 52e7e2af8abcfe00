package com.duskspendr.ml.classifier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransactionClassifierTest {

  private static TransactionClassifier classifier;

  @BeforeAll
  static void train() {
    classifier = SmallModel.classifier();
  }

  private static TransactionText text(String merchant, String amount) {
    return new TransactionText(merchant, null, new BigDecimal(amount));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "POS 4417 STARBUCKS #1234 SEATTLE WA | -5.10   | food_and_drink.coffee",
      "TST* BLUE BOTTLE                    | -6.00   | food_and_drink.coffee",
      "KARTENZAHLUNG LIDL DIENSTLEISTUNG   | -41.07  | food_and_drink.groceries",
      "UBER   *TRIP                        | -23.50  | transportation.taxis_and_ride_shares",
      "Gehalt 11/2026 Musterfirma GmbH     | 3100.00 | income.wages",
      "MIETE NOVEMBER                      | -900.00 | rent_and_utilities.rent",
  })
  void classifiesClearExamplesRight(String merchant, String amount, String expected) {
    Prediction prediction = classifier.classify(text(merchant, amount));
    assertEquals(expected, prediction.best().category(), prediction.ranked().subList(0, 3)::toString);
  }

  @Test
  void ranksEveryCategoryWithProbabilitiesThatSumToOne() {
    Prediction prediction = classifier.classify(text("STARBUCKS", "-4.00"));
    assertEquals(classifier.categories().size(), prediction.ranked().size());
    assertEquals(1.0, prediction.ranked().stream().mapToDouble(ScoredCategory::confidence).sum(), 1e-9);
    for (int i = 1; i < prediction.ranked().size(); i++) {
      assertTrue(prediction.ranked().get(i - 1).confidence() >= prediction.ranked().get(i).confidence());
    }
  }

  @Test
  void explainsWithTheFeaturesThatWeighedMostForTheWinner() {
    Prediction prediction = classifier.classify(text("STARBUCKS", "-4.00"));
    assertTrue(prediction.strongestFeatures().size() > 0 && prediction.strongestFeatures().size() <= 3);
    assertTrue(prediction.strongestFeatures().stream().anyMatch(f -> f.contains("starbucks") || f.contains("letters")),
        prediction.strongestFeatures()::toString);
  }

  @Test
  void refusesBytesThatAreNoModel() {
    assertThrows(RuntimeException.class, () -> TransactionClassifier.load(new byte[] {1, 2, 3}));
  }

  @Test
  void concurrentCallersGetExactlyTheSingleThreadedAnswers() throws Exception {
    List<TransactionText> inputs = new ArrayList<>();
    for (LabelledText example : SmallModel.examples()) {
      inputs.add(example.text());
      inputs.add(new TransactionText("POS 12 " + example.text().merchantName() + " #9 PARIS", "x", BigDecimal.TEN));
    }
    List<Prediction> expected = inputs.stream().map(classifier::classify).toList();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Boolean>> jobs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        jobs.add(() -> {
          for (int round = 0; round < 60; round++) {
            for (int i = 0; i < inputs.size(); i++) {
              int index = (i + offset * 7 + round) % inputs.size();
              if (!classifier.classify(inputs.get(index)).equals(expected.get(index))) {
                return false;
              }
            }
          }
          return true;
        });
      }
      for (Future<Boolean> result : pool.invokeAll(jobs)) {
        assertTrue(result.get(), "a concurrent classification differed from the single-threaded one");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
