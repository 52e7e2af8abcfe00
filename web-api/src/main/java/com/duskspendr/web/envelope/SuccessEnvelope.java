package com.duskspendr.web.envelope;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** {@code {"success": true, "data": ..., "meta": ...}}. */
@JsonbPropertyOrder({"success", "data", "meta"})
public record SuccessEnvelope<T>(boolean success, T data, Meta meta) {}
