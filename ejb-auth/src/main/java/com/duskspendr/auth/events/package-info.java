/**
 * Versioned event contracts published by auth: CDI events fired inside the caller's transaction, which
 * other contexts observe to create or erase their own data (AccountRegistered, AccountVerified,
 * AccountDeleted); and SecurityEventOccurred, published on the domain-events topic through the outbox.
 */
package com.duskspendr.auth.events;
