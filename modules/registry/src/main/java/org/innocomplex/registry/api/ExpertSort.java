package org.innocomplex.registry.api;

/** Columns the expert roster can be sorted by. */
public enum ExpertSort {
    NAME,
    FIELD,
    ORGANISATION
}
