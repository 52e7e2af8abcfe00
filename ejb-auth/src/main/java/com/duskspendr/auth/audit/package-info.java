/**
 * The audit log of admin operations (issue 17): who did what, when, to what, with which outcome. It lives in
 * the auth context because the actor of every entry is an account and the admin role is the auth context's;
 * the table is append-only in the database itself (a trigger refuses updates, deletes and truncation).
 */
package com.duskspendr.auth.audit;
