/**
 * Mechanisms behind the use cases: password hashing and policy, token issuing, signing keys, login throttling.
 */
package com.duskspendr.auth.control;
