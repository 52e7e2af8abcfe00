/** The change log every writer reports to, and the sync use cases. */
package com.duskspendr.transactions.sync.boundary;
