/**
 * Categories: the fixed system taxonomy (Plaid's Personal Finance Category primaries with their detailed
 * subcategories, as stable slugs) plus each user's own subcategories, and merchant rules that file
 * transactions automatically.
 */
package com.duskspendr.transactions.categories;
