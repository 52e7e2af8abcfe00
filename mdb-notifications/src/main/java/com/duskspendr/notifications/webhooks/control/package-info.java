/**
 * The webhook channel: the target guard (https only, no loopback, private, link-local or metadata address
 * after DNS resolution, at registration and at each delivery), the HMAC-SHA256 signature, the POST itself.
 */
package com.duskspendr.notifications.webhooks.control;
