/**
 * What a user wants to be told and how: the channels per notification type, quiet hours, the
 * large-transaction threshold and the weekly digest switch; the service that reads and replaces them.
 */
package com.duskspendr.notifications.preferences.boundary;
