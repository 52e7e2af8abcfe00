package com.duskspendr.web.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OAuth scope a resource needs from a client's token: {@link #read} for GET and HEAD, {@link #write}
 * for every other method; on a class for all its methods, on a method to override. Empty means no client
 * token may call it. A resource without it is first-party only: {@link ScopeFeature} refuses every client
 * token there, so that a new endpoint is closed to integrators until someone decides otherwise.
 * First-party (mobile) tokens carry no scope and pass everywhere their roles allow.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Scoped {

  /** Any client's token, whatever its scope: for what a client owns itself (its own registration). */
  String ANY_CLIENT = "*";

  String read() default "";

  String write() default "";
}
