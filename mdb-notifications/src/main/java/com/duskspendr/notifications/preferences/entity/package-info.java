/** A user's stored notification settings (no row: the defaults). */
package com.duskspendr.notifications.preferences.entity;
