/** The in-app inbox: the caller's notifications newest first, unread counts, marking read, deleting. */
package com.duskspendr.notifications.inbox.boundary;
