/**
 * Machine-learning bounded context: the transaction classifier ({@code classifier}), the model registry
 * ({@code models}), the categorization pipeline ({@code categorization}), retraining ({@code training}) and
 * insights.
 */
package com.duskspendr.ml;
