/** The configured OpenID Connect providers and the validation of their ID tokens (Nimbus OIDC SDK). */
package com.duskspendr.auth.oidc.control;
