/**
 * Feature extraction, the thread-safe categorizer and insight detectors.
 */
package com.duskspendr.ml.control;
