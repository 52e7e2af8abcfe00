/**
 * Use cases: categorize, explain, retrain, insights.
 */
package com.duskspendr.ml.boundary;
