/**
 * Notifications context: turns domain events (budget crossings, anomalies, large transactions) into
 * notifications according to each user's settings, keeps them in an in-app inbox, and delivers them over
 * the user's channels (email today; push, SMS and webhooks behind the same delivery interface).
 */
package com.duskspendr.notifications;
