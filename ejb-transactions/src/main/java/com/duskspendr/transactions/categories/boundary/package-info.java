/** Category and merchant-rule use cases and the catalog other components consult. */
package com.duskspendr.transactions.categories.boundary;
