/** Starting the retraining job (nightly timer, admin request), the batchlet, and the run itself. */
package com.duskspendr.ml.training.boundary;
