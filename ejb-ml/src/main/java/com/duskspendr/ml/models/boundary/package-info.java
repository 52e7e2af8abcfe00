/**
 * The model registry: {@link com.duskspendr.ml.models.boundary.ModelRegistry} holds the active model in
 * memory and follows activations; {@link com.duskspendr.ml.models.boundary.ModelStore} stores, lists and
 * activates versions.
 */
package com.duskspendr.ml.models.boundary;
