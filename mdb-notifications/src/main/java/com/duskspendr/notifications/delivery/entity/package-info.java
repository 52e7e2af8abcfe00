/**
 * Deliveries: one row per notification, channel and target (or per account mail), with its status,
 * attempts and the last failure; claimed by the sweepers of all instances without overlap.
 */
package com.duskspendr.notifications.delivery.entity;
