/**
 * Platform wiring of the deployment: the datasource, schema migrations, messaging resource names, admin
 * bootstrap and health checks. Nothing here is business logic.
 */
package com.duskspendr.web.platform;
