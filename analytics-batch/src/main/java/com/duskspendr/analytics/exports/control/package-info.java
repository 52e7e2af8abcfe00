/** The zip's files (RFC 4180 CSV, JSON), the link signature, the job's batchlet. */
package com.duskspendr.analytics.exports.control;
