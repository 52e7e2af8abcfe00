/**
 * The weekly digest: last week's spending by category and each budget against its limit, sent once per
 * account and ISO week at the user's local Monday morning, as a notification of type {@code digest}.
 */
package com.duskspendr.notifications.digest;
