package com.duskspendr.web.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method's own request body cap, instead of the global {@code duskspendr.http.max-body-bytes}:
 * for the few endpoints whose bodies are legitimately larger (a bank statement, a full offline push).
 * {@link BodySizeLimit} reads it; the cap is the MicroProfile Config value {@link #configKey()}, else
 * {@link #defaultBytes()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

  String configKey();

  long defaultBytes();
}
