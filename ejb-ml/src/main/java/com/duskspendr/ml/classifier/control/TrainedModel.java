package com.duskspendr.ml.classifier.control;

/** A model's bytes with what is known about it: how many examples trained it and how it scored. */
public record TrainedModel(byte[] bytes, int trainingSize, EvaluationReport metrics) {}
