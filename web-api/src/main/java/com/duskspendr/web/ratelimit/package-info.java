/**
 * Capacity protection at the edge of the API (issue 18, SS-210): token buckets per user and per client address
 * for each class of route, kept in Payara's data grid when instances form a cluster, so that each draws on the same
 * budget, announced in the IETF {@code RateLimit-Policy} / {@code RateLimit} headers and refused with 429
 * {@code RATE_LIMITED}. Login throttling (auth's {@code LoginThrottle}) is a different thing: it guards
 * accounts against guessing and stays where it is.
 */
package com.duskspendr.web.ratelimit;
