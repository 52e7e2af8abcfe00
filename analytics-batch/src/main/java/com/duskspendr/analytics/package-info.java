/**
 * Analytics context: spending aggregates kept exact between nightly runs (spending), the Jakarta Batch jobs
 * that maintain them and their admin API (jobs), monthly statements (reports) and data exports (exports).
 * It reads the other contexts only through their boundaries (the ledger's changes feed and spending history,
 * categories, budgets, rules, profiles) and the domain events, never their tables.
 */
package com.duskspendr.analytics;
