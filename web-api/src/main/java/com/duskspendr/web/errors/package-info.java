/**
 * The one place where failures become error envelopes: {@link com.duskspendr.web.errors.ErrorTranslator}
 * decides code, message and details for any exception; thin JAX-RS exception mappers and the servlet error
 * page (for what the container answers itself, such as a rejected token or an unknown path) only render it.
 */
package com.duskspendr.web.errors;
