/** Stored webhook subscriptions. */
package com.duskspendr.notifications.webhooks.entity;
