package com.duskspendr.platform.messaging;

import com.duskspendr.platform.tracing.Spans;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.Topic;

/**
 * The OpenTelemetry span of one consumed message, for message-driven beans ({@code @Interceptors(ConsumerSpans.class)}):
 * a child of the span that sent the message (its {@code traceparent} property), current while the bean runs, so
 * {@link EventMessages#read} makes it the bean's trace and what the bean publishes continues it. Nothing instruments
 * JMS for us, and only around the whole listener call is there a place where the span can also be ended. With
 * telemetry off, it only passes the call on.
 */
public class ConsumerSpans {

  @AroundInvoke
  public Object traced(InvocationContext invocation) throws Exception {
    Object[] parameters = invocation.getParameters();
    if (!Spans.enabled() || parameters == null || parameters.length != 1 || !(parameters[0] instanceof Message message)) {
      return invocation.proceed();
    }
    String destination = destinationOf(message);
    // OpenTelemetry's messaging conventions: "<destination> process", the consumer's kind, the system
    try (Spans.Active span = Spans.consumer(destination + " process", EventMessages.traceOf(message).orElse(null))) {
      span.attribute("messaging.system", "jms")
          .attribute("messaging.operation", "process")
          .attribute("messaging.destination.name", destination)
          .attribute("messaging.message.id", property(message, EventHeaders.EVENT_ID))
          .attribute("duskspendr.event.type", property(message, EventHeaders.TYPE))
          .attribute("code.namespace", invocation.getTarget().getClass().getName());
      try {
        return invocation.proceed();
      } catch (Exception | Error failure) {
        span.failed(failure);
        throw failure;
      }
    }
  }

  private static String destinationOf(Message message) {
    try {
      Destination destination = message.getJMSDestination();
      if (destination instanceof Queue queue) {
        return queue.getQueueName();
      }
      if (destination instanceof Topic topic) {
        return topic.getTopicName();
      }
    } catch (JMSException unreadable) {
      // the span is still worth having under a general name
    }
    return "jms";
  }

  private static String property(Message message, String name) {
    try {
      return message.getStringProperty(name);
    } catch (JMSException unreadable) {
      return null;
    }
  }
}
