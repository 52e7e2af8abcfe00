/** The {@code ml.model_version} table: a model's bytes, training size, metrics and activation. */
package com.duskspendr.ml.models.entity;
