/** The audit entry as stored in {@code auth.admin_audit}, with its repository. */
package com.duskspendr.auth.audit.entity;
