/** Stored push devices. */
package com.duskspendr.notifications.push.entity;
