/**
 * The channels, one class each behind {@link com.duskspendr.notifications.delivery.control.DeliveryChannel}
 * (email today), with their outbound calls guarded by MicroProfile Fault Tolerance; mail templates; the
 * retry schedule; the rounds that claim due deliveries and record their outcomes.
 */
package com.duskspendr.notifications.delivery.control;
