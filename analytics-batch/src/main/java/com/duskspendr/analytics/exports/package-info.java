/** Data export (SS-216): everything a user owns as a zip, written by the analytics-export job, fetched with a short-lived signed link. */
package com.duskspendr.analytics.exports;
