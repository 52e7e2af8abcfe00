/**
 * The shared-expense use cases (groups and invitations, expenses and comments, balances, settlements and
 * settle-up), their records and roles; every method acts only for a member of the group, and a group
 * someone is not an active member of is reported as not found.
 */
package com.duskspendr.transactions.sharing.boundary;
