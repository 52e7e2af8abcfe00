/**
 * The REST boundary of the users context: the caller's own profile and preferences ({@code /api/v1/users/me})
 * and account deletion, with their DTOs. Delegates to {@link com.duskspendr.users.boundary.ProfileService}
 * and, for deletion, {@link com.duskspendr.auth.boundary.AccountService}.
 */
package com.duskspendr.web.users;
