/**
 * The changes feed's storage: each user's last handed-out sequence number ({@code sync_state}) and each
 * synced record's latest change ({@code sync_change}), with the repository that writes and pages them.
 */
package com.duskspendr.transactions.sync.entity;
