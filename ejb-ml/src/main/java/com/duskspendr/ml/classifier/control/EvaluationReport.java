package com.duskspendr.ml.classifier.control;

/**
 * How well a model did on a held-out set. The classifier helper may add per-class and calibration parts;
 * these four fields are the contract the model registry stores and the API shows.
 */
public record EvaluationReport(int size, double primaryAccuracy, double subcategoryAccuracy, double macroF1) {}
