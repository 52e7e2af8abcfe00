package com.duskspendr.analytics.reports.boundary;

/** A statement's rendering, ready to send: bytes, media type and a file name. */
public record ReportDocument(byte[] content, String mediaType, String fileName) {}
