package org.innocomplex.registry.api;

/** Columns the complex list can be sorted by; each is indexed (see db/migration/registry). */
public enum ComplexSort {
    NAME_ZH,
    NAME_EN,
    COUNTY,
    LEVEL,
    LIST_STATUS,
    ESTABLISHED
}
