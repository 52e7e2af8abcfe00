/** Pure rules: what a transaction contributes, periods in the user's calendar, how pending changes adjust stored totals. */
package com.duskspendr.analytics.spending.control;
