/**
 * The profile use cases: ProfileService, its stateless implementation, records and exceptions.
 */
package com.duskspendr.users.boundary;
