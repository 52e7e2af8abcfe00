/** The budget entity and its repository, which also records threshold crossings. */
package com.duskspendr.transactions.budgets.entity;
