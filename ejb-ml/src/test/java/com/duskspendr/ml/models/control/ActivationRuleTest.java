package com.duskspendr.ml.models.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.ml.models.entity.ModelMetrics;
import org.junit.jupiter.api.Test;

class ActivationRuleTest {

  private static ModelMetrics primary(double accuracy) {
    return new ModelMetrics(1000, accuracy, accuracy - 0.1, accuracy - 0.2);
  }

  @Test
  void aWorseModelIsNotActivated() {
    assertFalse(ActivationRule.activates(primary(0.84), primary(0.86)));
  }

  @Test
  void anEqualOrBetterModelIsActivated() {
    assertTrue(ActivationRule.activates(primary(0.86), primary(0.86)));
    assertTrue(ActivationRule.activates(primary(0.90), primary(0.86)));
  }

  @Test
  void anyModelBeatsNone() {
    assertTrue(ActivationRule.activates(primary(0.10), null));
  }

  @Test
  void onlyPrimaryAccuracyDecides() {
    ModelMetrics active = new ModelMetrics(1000, 0.86, 0.80, 0.70);
    assertTrue(ActivationRule.activates(new ModelMetrics(1000, 0.86, 0.50, 0.40), active));
    assertFalse(ActivationRule.activates(new ModelMetrics(1000, 0.85, 0.99, 0.99), active));
  }

  @Test
  void metricsSurviveTheirStoredForm() {
    ModelMetrics m = new ModelMetrics(1234, 0.875, 0.75, 0.625);
    org.junit.jupiter.api.Assertions.assertEquals(m, ModelMetrics.fromJson(m.toJson()));
  }
}
