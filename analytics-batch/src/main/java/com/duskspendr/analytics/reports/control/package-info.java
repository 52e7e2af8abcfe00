/** What a statement shows (StatementData), its renderings (PDF with PDFBox and JFreeChart, CSV, JSON) and the job's batchlet. */
package com.duskspendr.analytics.reports.control;
