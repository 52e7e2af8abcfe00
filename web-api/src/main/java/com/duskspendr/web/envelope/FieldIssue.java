package com.duskspendr.web.envelope;

/** One problem with one field of the request, named as in the JSON body (for example {@code preferences.currency}). */
public record FieldIssue(String field, String issue) {}
