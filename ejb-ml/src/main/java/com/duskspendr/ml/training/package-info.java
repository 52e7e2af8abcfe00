/**
 * Retraining the global model from the seed set and k-anonymous user corrections: a Jakarta Batch job
 * ({@code retrain-categorizer}), run nightly and on demand.
 */
package com.duskspendr.ml.training;
