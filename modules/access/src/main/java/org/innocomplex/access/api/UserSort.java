package org.innocomplex.access.api;

/** Columns the user list can be sorted by; each is indexed (see db/migration/access). */
public enum UserSort {
    USERNAME,
    DISPLAY_NAME,
    ROLE,
    CREATED
}
