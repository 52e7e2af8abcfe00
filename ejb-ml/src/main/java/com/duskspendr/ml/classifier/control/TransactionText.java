package com.duskspendr.ml.classifier.control;

import java.math.BigDecimal;

/**
 * What the classifier sees of a transaction: the merchant as the bank or the user wrote it, an optional
 * description or memo, and the signed amount (negative = money out), whose sign and size are features.
 */
public record TransactionText(String merchantName, String description, BigDecimal amount) {}
