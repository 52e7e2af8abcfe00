/**
 * The decision order (rules, corrections, known names, the model primary level first), decisions with the level
 * they filed and their explanations, and the parser of version 1 categorization messages; plain classes,
 * unit-tested without a container.
 */
package com.duskspendr.ml.categorization.control;
