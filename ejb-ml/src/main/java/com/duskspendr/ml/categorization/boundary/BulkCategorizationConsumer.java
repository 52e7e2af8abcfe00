package com.duskspendr.ml.categorization.boundary;

import com.duskspendr.platform.messaging.ConsumerSpans;
import com.duskspendr.platform.messaging.Destinations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.interceptor.Interceptors;

/**
 * Takes a statement import's batches of categorization requests off their own queue; see {@link
 * CategorizationRequests}. Only delegates. Two sessions per instance ({@code maxSession} 2): while one batch
 * waits on the database the other decides, and two sessions leave the request threads and the single-request
 * queue's consumers their share of a small machine, so one account's import never holds up what other users
 * create. Batches need no order: each holds other transactions, is filed only while they are still pending,
 * and two batches of one user lock their rows in id order and meet only at the user's change counter, which
 * each takes last (see the ledger's AutomaticCategorization#fileAll).
 */
@Interceptors(ConsumerSpans.class)
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Destinations.RESOURCE_ADAPTER),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.BULK_CATEGORIZATION_QUEUE_ADDRESS),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2"),
      @ActivationConfigProperty(propertyName = "reconnectAttempts", propertyValue = Destinations.CONSUMER_RECONNECT_ATTEMPTS)
    })
public class BulkCategorizationConsumer extends CategorizationRequests {}
