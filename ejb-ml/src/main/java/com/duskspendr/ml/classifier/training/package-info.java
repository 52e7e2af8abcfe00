/**
 * Command-line entry points around the seed training set: the build step that trains the bootstrap model into
 * the jar, and the evaluation command whose numbers go in the README (held-out brands, and the whole decision on
 * the development set). Not used at run time.
 */
package com.duskspendr.ml.classifier.training;
