/**
 * The decision order, decisions and their explanations, and the parser of version 1 categorization
 * messages; plain classes, unit-tested without a container.
 */
package com.duskspendr.ml.categorization.control;
