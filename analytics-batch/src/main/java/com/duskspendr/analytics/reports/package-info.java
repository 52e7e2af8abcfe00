/** Monthly statements a person reads: built by the analytics-monthly-report job, stored, downloaded as PDF, CSV or JSON. */
package com.duskspendr.analytics.reports;
