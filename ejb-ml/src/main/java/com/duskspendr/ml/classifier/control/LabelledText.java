package com.duskspendr.ml.classifier.control;

/** A training or evaluation example: a transaction's text and its category slug ({@code primary.detail}). */
public record LabelledText(TransactionText text, String category) {}
