/**
 * Chunk-step readers, processors and writers.
 */
package com.duskspendr.analytics.control;
