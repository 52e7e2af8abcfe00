/** Which digests were sent (user x ISO week), so that each is sent once. */
package com.duskspendr.notifications.digest.entity;
