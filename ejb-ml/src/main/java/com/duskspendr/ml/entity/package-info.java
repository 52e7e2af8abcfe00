/**
 * Stored models and their metrics.
 */
package com.duskspendr.ml.entity;
