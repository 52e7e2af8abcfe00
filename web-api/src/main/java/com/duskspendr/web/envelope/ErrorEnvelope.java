package com.duskspendr.web.envelope;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** {@code {"success": false, "error": {...}, "meta": ...}}. */
@JsonbPropertyOrder({"success", "error", "meta"})
public record ErrorEnvelope(boolean success, ErrorBody error, Meta meta) {}
