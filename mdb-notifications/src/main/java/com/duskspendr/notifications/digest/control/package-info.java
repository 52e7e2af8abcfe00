/** When a digest is due, what it says, and sending one account's digest in a transaction of its own. */
package com.duskspendr.notifications.digest.control;
