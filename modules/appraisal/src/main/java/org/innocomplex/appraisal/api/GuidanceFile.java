package org.innocomplex.appraisal.api;

/** An uploaded file as received (a photo or a follow-up's evidence); its type is detected from its bytes. */
public record GuidanceFile(String fileName, byte[] content) {}
