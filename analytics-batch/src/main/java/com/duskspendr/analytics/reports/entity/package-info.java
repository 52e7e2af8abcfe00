/** Stored statements (table analytics.report). */
package com.duskspendr.analytics.reports.entity;
