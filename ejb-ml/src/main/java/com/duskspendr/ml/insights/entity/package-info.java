/**
 * The value objects of insights: an {@link com.duskspendr.ml.insights.entity.Insight}, its type and
 * severity, and the calendar period it describes. Nothing here is persisted: insights are computed on
 * demand from the ledger.
 */
package com.duskspendr.ml.insights.entity;
