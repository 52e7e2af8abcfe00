/**
 * Plain classes behind the registry: the model interface the pipeline classifies with, the hand-over of a
 * newly activated model, and the rule that decides whether a retrained model replaces the active one.
 */
package com.duskspendr.ml.models.control;
