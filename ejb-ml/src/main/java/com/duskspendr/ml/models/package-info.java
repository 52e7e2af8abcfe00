/**
 * Versioned categorization models in PostgreSQL (schema {@code ml}): storing, activating, and the registry
 * that keeps every instance on the active version.
 */
package com.duskspendr.ml.models;
