/**
 * Analytics context: Jakarta Batch jobs computing nightly reports.
 */
package com.duskspendr.analytics;
