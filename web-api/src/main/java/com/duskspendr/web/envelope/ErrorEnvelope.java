package com.duskspendr.web.envelope;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code {"success": false, "error": {...}, "meta": ...}}. {@code @Schema} registers it in the OpenAPI
 * document's components, where the shared error responses refer to it by name (Payara describes no class
 * that is neither a request body nor annotated).
 */
@JsonbPropertyOrder({"success", "error", "meta"})
@Schema(description = "The answer to every failed request")
public record ErrorEnvelope(boolean success, ErrorBody error, Meta meta) {}
