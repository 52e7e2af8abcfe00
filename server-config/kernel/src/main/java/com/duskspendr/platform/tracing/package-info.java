/**
 * W3C Trace Context (traceparent / tracestate) as every context carries it: accepted or started at the HTTP
 * edge, kept for the thread that works on it, stored with each outbox row, sent as JMS properties and taken
 * up again by the consumer, so one trace id follows a request through the broker to what it set off.
 */
package com.duskspendr.platform.tracing;
