/**
 * The failures of the transactions context that callers handle, each with the kind the web layer turns
 * into a status (404, 400 with field details, 409).
 */
package com.duskspendr.transactions.errors;
