/** Spending analytics ({@code /api/v1/analytics}), statements ({@code /reports}), exports and the admin job API. */
package com.duskspendr.web.analytics;
