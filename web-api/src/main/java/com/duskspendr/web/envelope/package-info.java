/**
 * The response envelope every API answer is wrapped in ({@code success}, {@code data} or {@code error},
 * {@code meta}): its records, the error codes, and the one factory that builds envelopes. Nothing else
 * constructs them.
 */
package com.duskspendr.web.envelope;
