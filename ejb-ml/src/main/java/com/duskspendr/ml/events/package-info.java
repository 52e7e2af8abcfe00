/**
 * The message contracts the ml context owns and publishes through the platform outbox: AnomalyDetected on
 * the domain-events topic.
 */
package com.duskspendr.ml.events;
