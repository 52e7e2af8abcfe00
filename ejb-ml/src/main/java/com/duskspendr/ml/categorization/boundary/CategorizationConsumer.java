package com.duskspendr.ml.categorization.boundary;

import com.duskspendr.platform.messaging.ConsumerSpans;
import com.duskspendr.platform.messaging.Destinations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.interceptor.Interceptors;

/**
 * Takes single categorization requests (a transaction created through the API or a push) off their queue;
 * see {@link CategorizationRequests}. Only delegates.
 */
@Interceptors(ConsumerSpans.class)
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Destinations.RESOURCE_ADAPTER),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.CATEGORIZATION_QUEUE_ADDRESS),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "reconnectAttempts", propertyValue = Destinations.CONSUMER_RECONNECT_ATTEMPTS)
    })
public class CategorizationConsumer extends CategorizationRequests {}
