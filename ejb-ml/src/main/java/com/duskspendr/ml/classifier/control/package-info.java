/**
 * The transaction classifier: text normalization and features, OpenNLP training, the thread-safe classifier,
 * the seed training set and its evaluation. Plain Java, no container: the pipeline and the evaluation
 * command both use it.
 */
package com.duskspendr.ml.classifier.control;
