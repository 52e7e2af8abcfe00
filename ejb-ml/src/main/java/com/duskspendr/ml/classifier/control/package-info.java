/**
 * The transaction classifier: text normalization and features, OpenNLP training of the two-level model, the
 * thread-safe classifier, the known-merchant and bank-phrase dictionary, the calibration fitted on the development
 * set of real lines, the seed training set and its evaluation. Plain Java, no container: the pipeline and the
 * evaluation command both use it.
 */
package com.duskspendr.ml.classifier.control;
