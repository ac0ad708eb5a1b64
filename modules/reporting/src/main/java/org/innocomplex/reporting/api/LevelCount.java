package org.innocomplex.reporting.api;

import org.innocomplex.registry.api.Level;

/** How many complexes of a level have a selected report. */
public record LevelCount(Level level, long complexes) implements java.io.Serializable {}
