/**
 * Domain events the transactions context publishes on the broker's domain-events topic. Each payload is
 * a versioned contract owned by this context.
 */
package com.duskspendr.transactions.events;
