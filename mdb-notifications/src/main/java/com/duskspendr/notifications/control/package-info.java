/**
 * Channel clients (push, email, SMS) and delivery rules.
 */
package com.duskspendr.notifications.control;
