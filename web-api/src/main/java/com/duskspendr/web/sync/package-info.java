/**
 * Offline sync for the mobile app: the changes feed ({@code GET /api/v1/sync/changes}) and the push of
 * offline changes ({@code POST /api/v1/sync/push}). Records belong to other components, so this package
 * reaches them through two small SPIs that each synced entity implements in the web layer, where its JSON
 * shape lives: {@link com.duskspendr.web.sync.SyncedRecordReader} (the same representation its GET returns)
 * and {@link com.duskspendr.web.sync.SyncedRecordWriter} (apply a change against a base version).
 */
package com.duskspendr.web.sync;
