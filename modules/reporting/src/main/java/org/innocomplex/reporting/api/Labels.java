package org.innocomplex.reporting.api;

/**
 * Headings and titles of the exported files, looked up by bundle key ({@code export.*}, {@code summary.*}) in the
 * reader's language: the texts live in the webapp's bundles with every other visible text.
 */
@FunctionalInterface
public interface Labels {
    String text(String key);
}
