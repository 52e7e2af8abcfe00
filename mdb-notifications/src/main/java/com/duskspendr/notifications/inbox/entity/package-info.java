/** Stored notifications (one per triggering event and user) and their repository. */
package com.duskspendr.notifications.inbox.entity;
