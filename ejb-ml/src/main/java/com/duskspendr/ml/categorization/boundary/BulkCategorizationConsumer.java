package com.duskspendr.ml.categorization.boundary;

import com.duskspendr.platform.messaging.Destinations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/**
 * Takes a statement import's batches of categorization requests off their own queue; see {@link
 * CategorizationRequests}. Only delegates. One session per instance ({@code maxSession} 1): a large import
 * is categorized batch after batch on one thread and one connection, while single requests keep their own
 * queue and consumers, so that one account's import never holds up what other users create.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Destinations.RESOURCE_ADAPTER),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.BULK_CATEGORIZATION_QUEUE_ADDRESS),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
      @ActivationConfigProperty(propertyName = "reconnectAttempts", propertyValue = Destinations.CONSUMER_RECONNECT_ATTEMPTS)
    })
public class BulkCategorizationConsumer extends CategorizationRequests {}
