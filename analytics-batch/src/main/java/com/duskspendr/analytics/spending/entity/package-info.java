/** The aggregate tables (schema analytics) and the value types read from them. Plain JDBC on the JTA datasource: upserts that add to a total. */
package com.duskspendr.analytics.spending.entity;
