/**
 * Use cases of the transactions context, as service interfaces with one stateless implementation each.
 */
package com.duskspendr.transactions.boundary;
