/**
 * Spending aggregates per user, day, category and currency with monthly roll-ups, and the questions asked of
 * them (summary, trends, category breakdown, cash flow). A separate component from the batch jobs and the
 * statements (the layout in STYLE.md put all three under reports): aggregates are read on every request, the
 * jobs only write them, and the documents only read them.
 */
package com.duskspendr.analytics.spending;
