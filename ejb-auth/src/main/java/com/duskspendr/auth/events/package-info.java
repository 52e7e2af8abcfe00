/**
 * Versioned event contracts published by auth (CDI events fired inside the caller's transaction): other contexts observe them to create or erase their own data.
 */
package com.duskspendr.auth.events;
