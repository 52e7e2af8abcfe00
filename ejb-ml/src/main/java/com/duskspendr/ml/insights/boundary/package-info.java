/**
 * The insights use cases: {@link com.duskspendr.ml.insights.boundary.InsightsService} (a period's insights
 * for the REST API), the real-time anomaly check of each recorded transaction
 * ({@link com.duskspendr.ml.insights.boundary.TransactionRecordedConsumer} delegating to
 * {@link com.duskspendr.ml.insights.boundary.TransactionAnomalies}) and the {@code AnomalyDetected} event it
 * publishes.
 */
package com.duskspendr.ml.insights.boundary;
