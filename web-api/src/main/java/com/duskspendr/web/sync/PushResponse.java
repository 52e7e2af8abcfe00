package com.duskspendr.web.sync;

import java.util.List;

/** One result per pushed change, in the same order. */
public record PushResponse(List<PushResult> results) {}
