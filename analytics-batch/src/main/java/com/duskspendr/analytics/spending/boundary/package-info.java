/** The analytics use cases the web tier calls, and the consumer that marks users changed since the nightly run. */
package com.duskspendr.analytics.spending.boundary;
