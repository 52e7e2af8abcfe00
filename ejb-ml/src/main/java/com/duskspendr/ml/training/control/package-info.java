/** The training set a retraining run builds, and the outcome it reaches. */
package com.duskspendr.ml.training.control;
