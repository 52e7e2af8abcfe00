/**
 * Explainable insights over a user's spending history (patterns, anomalies, recurring payments, savings)
 * and the real-time {@code AnomalyDetected} event. Every insight carries the numbers it was computed from.
 */
package com.duskspendr.ml.insights;
