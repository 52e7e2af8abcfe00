/**
 * The failures every context's services throw for callers to handle, each with the kind the web layer
 * turns into a status (404, 400 with field details, 409): one family, mapped in one place (web-api's
 * ErrorTranslator), whichever context raised it.
 */
package com.duskspendr.platform.failure;
