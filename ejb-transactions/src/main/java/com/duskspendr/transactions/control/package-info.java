/**
 * Domain logic behind the use cases: validation, budget progress, sync cursors.
 */
package com.duskspendr.transactions.control;
