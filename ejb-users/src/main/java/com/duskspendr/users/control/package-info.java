/**
 * Validation of preferences (ISO 4217 currencies, IANA time zones, https avatars) and the reactions to auth events.
 */
package com.duskspendr.users.control;
