/**
 * Offline sync for the mobile app: a per-user, commit-ordered log of which records changed (the changes
 * feed) and the push of changes made offline.
 */
package com.duskspendr.transactions.sync;
