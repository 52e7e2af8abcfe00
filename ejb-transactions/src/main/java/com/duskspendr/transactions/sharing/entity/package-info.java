/** Groups, members, invitations, expenses with their payers and shares, comments and settlements, and their repositories. */
package com.duskspendr.transactions.sharing.entity;
