/**
 * JPA entities of the users schema with their repositories.
 */
package com.duskspendr.users.entity;
