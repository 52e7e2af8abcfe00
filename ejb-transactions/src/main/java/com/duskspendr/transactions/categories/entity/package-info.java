/** JPA entities of categories, per-user category preferences and merchant rules, with their repositories. */
package com.duskspendr.transactions.categories.entity;
