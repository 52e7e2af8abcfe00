/**
 * The REST boundary of insights ({@code GET /api/v1/ai/insights}) with its DTOs. Delegates to {@link
 * com.duskspendr.ml.insights.boundary.InsightsService}.
 */
package com.duskspendr.web.insights;
