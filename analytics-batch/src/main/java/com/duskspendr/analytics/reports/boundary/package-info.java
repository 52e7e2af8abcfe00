/** Requesting, listing and downloading statements. */
package com.duskspendr.analytics.reports.boundary;
