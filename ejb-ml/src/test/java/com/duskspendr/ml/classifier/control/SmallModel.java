package com.duskspendr.ml.classifier.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A model trained in well under a second on a handful of clear examples, for tests that need a real one. */
final class SmallModel {

  private static final String[][] EXAMPLES = {
      {"food_and_drink.coffee", "-4.50", "STARBUCKS", "SQ *BLUE BOTTLE COFFEE", "Costa Coffee", "Coffee Fellows",
          "PEETS COFFEE #12", "TIM HORTONS"},
      {"food_and_drink.groceries", "-63.20", "LIDL", "ALDI SUED", "WHOLE FOODS MARKET", "Carrefour Market",
          "REWE MARKT", "TESCO STORES"},
      {"transportation.taxis_and_ride_shares", "-18.00", "UBER *TRIP", "LYFT RIDE", "taxi home from the airport",
          "Taxi Berlin", "FREE NOW TAXI", "cab to the station"},
      {"income.wages", "2800.00", "SALARY ACME CORP", "GEHALT MUSTERFIRMA", "PAYROLL DEPOSIT", "salaire",
          "nomina empresa", "LOHN GEHALT"},
      {"rent_and_utilities.rent", "-950.00", "RENT PAYMENT", "MIETE WOHNUNG", "loyer appartement", "alquiler piso",
          "monthly rent", "Miete"},
      {"personal_care.gyms_and_fitness_centers", "-29.90", "monthly gym", "MCFIT", "PLANET FITNESS", "gym membership",
          "BASIC FIT", "fitnessstudio beitrag"},
  };

  private SmallModel() {}

  static List<LabelledText> examples() {
    List<LabelledText> examples = new ArrayList<>();
    for (String[] row : EXAMPLES) {
      for (int i = 2; i < row.length; i++) {
        examples.add(new LabelledText(new TransactionText(row[i], "", new BigDecimal(row[1])), row[0]));
      }
    }
    return examples;
  }

  static TransactionClassifier classifier() {
    return TransactionClassifier.load(new CategorizerTrainer(50, 0).train(examples()));
  }
}
