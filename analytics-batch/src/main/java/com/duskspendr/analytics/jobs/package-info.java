/** The analytics batch jobs (META-INF/batch-jobs/analytics-*.xml), their schedule, and the admin job API over every job of the server. */
package com.duskspendr.analytics.jobs;
