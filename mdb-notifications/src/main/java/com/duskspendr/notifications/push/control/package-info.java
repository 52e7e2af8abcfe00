/**
 * The push channel ({@link com.duskspendr.notifications.push.control.PushChannel}, one delivery per device)
 * and one provider class per protocol behind {@link com.duskspendr.notifications.push.control.PushProvider}:
 * Web Push with VAPID, FCM HTTP v1, APNs over HTTP/2; each with its own fault tolerance and base URL.
 */
package com.duskspendr.notifications.push.control;
