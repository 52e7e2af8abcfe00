/**
 * Interactive API documentation: Swagger UI at {@code /api/docs}, served from the swagger-ui webjar and
 * pointed at the MicroProfile OpenAPI document the server publishes at {@code /openapi}.
 */
package com.duskspendr.web.docs;
