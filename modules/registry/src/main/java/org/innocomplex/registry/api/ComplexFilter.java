package org.innocomplex.registry.api;

/**
 * What the complex list is narrowed to; null means "any".
 *
 * @param text part of the Chinese or English name, case-insensitive
 */
public record ComplexFilter(String text, String countyCode, Level level, ListStatus listStatus, Boolean active)
        implements java.io.Serializable {
    public static final ComplexFilter ALL = new ComplexFilter(null, null, null, null, null);
}
