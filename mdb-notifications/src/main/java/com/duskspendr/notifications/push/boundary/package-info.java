/** Registering, listing and removing the caller's push devices. */
package com.duskspendr.notifications.push.boundary;
