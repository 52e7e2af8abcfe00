/**
 * Job starters (scheduled and on demand).
 */
package com.duskspendr.analytics.boundary;
