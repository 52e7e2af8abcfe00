/**
 * The categorizer the API and the queue consumer call, and the message-driven bean on the categorization
 * queue that writes its decisions back to the ledger.
 */
package com.duskspendr.ml.categorization.boundary;
