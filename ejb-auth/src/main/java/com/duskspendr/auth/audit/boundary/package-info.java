/** Recording and reading the admin audit log: {@code AuditLog} and the records it exchanges. */
package com.duskspendr.auth.audit.boundary;
