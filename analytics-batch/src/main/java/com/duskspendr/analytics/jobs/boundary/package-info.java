/** Job starters: the nightly timer and the admin job API's service. */
package com.duskspendr.analytics.jobs.boundary;
