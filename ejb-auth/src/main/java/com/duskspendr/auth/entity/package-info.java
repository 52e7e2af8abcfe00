/**
 * JPA entities of the auth schema with their repositories.
 */
package com.duskspendr.auth.entity;
