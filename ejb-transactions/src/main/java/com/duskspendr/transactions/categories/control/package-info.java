/**
 * The logic behind categories and merchant rules: slugs and input rules, the cached system taxonomy, the
 * category tree as a user sees it, rule matching, and erasure on account deletion.
 */
package com.duskspendr.transactions.categories.control;
