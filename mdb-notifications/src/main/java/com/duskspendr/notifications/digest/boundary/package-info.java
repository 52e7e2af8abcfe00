/** What starts digests: the timer every instance runs, and the service it (and the admin API) calls. */
package com.duskspendr.notifications.digest.boundary;
