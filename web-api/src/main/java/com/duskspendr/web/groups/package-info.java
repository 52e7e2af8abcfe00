/**
 * REST resources of shared expenses ({@code /api/v1/groups}): groups, invitations and members
 * ({@code GroupsResource}), expenses and comments ({@code ExpensesResource}), balances, settlements and the
 * settle-up plan ({@code SettlementsResource}), with their request and response records.
 */
package com.duskspendr.web.groups;
