/**
 * The auth use cases: the AccountService interface, its stateless implementation, and the records and exceptions it exchanges with callers.
 */
package com.duskspendr.auth.boundary;
