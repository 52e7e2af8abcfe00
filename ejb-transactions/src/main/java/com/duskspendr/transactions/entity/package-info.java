/**
 * JPA entities and value types of the transactions context, with their repositories.
 */
package com.duskspendr.transactions.entity;
