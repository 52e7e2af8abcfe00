/**
 * The detectors behind insights: plain functions of a history (no container, no database), each explained
 * with its formula where it is computed, plus the period arithmetic and robust statistics they share and
 * the settings (MicroProfile Config) they are tuned with.
 */
package com.duskspendr.ml.insights.control;
