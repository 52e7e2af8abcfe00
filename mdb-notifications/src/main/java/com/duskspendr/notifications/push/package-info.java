/**
 * Push: the devices users register (Web Push subscriptions, FCM and APNs tokens) and the one push channel
 * that reaches them through each provider's protocol.
 */
package com.duskspendr.notifications.push;
