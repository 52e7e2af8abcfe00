/** The {@code ml.retrain_run} table: each retraining run, how it was triggered and how it ended. */
package com.duskspendr.ml.training.entity;
