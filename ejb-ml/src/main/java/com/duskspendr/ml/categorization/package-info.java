/**
 * Automatic categorization of transactions: the user's merchant rules first, then their own past
 * corrections for the merchant, then the global model; below the confidence threshold the transaction stays
 * pending with suggestions.
 */
package com.duskspendr.ml.categorization;
