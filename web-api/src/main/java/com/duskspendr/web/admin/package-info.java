/**
 * The admin API under {@code /api/v1/admin} (issue 17): users, the broker's queues and dead letters, the
 * system's health and live figures, and the audit log that {@code AdminAuditFilter} writes for every call under
 * that path, this package's and the older admin resources' (jobs, OAuth clients, digests) alike.
 */
package com.duskspendr.web.admin;
