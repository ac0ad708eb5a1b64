package org.innocomplex.submission.api;

/** How an indicator's value is entered and checked; PERCENT is a number from 0 to 100 unless bounded otherwise. */
public enum ValueType {
    INTEGER,
    DECIMAL,
    PERCENT,
    TEXT;

    public boolean numeric() {
        return this != TEXT;
    }
}
