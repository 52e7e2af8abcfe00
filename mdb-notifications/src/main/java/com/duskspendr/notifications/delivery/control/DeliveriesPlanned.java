package com.duskspendr.notifications.delivery.control;

/** Fired when a transaction planned deliveries; observed after its commit to wake this instance's sweeper. */
public record DeliveriesPlanned(int count) {}
