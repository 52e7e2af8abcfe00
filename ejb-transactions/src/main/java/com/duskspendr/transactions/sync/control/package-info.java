/** Logic of offline sync that needs no container: the account-deletion observer that erases a user's feed. */
package com.duskspendr.transactions.sync.control;
