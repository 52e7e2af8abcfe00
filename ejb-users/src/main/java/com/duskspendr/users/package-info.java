/**
 * Users bounded context: profiles and preferences. Owns the users schema; never reads the auth tables.
 */
package com.duskspendr.users;
