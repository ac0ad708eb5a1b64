package org.innocomplex.registry.api;

/** 省级 or 市级. */
public enum Level {
    PROVINCIAL,
    MUNICIPAL
}
