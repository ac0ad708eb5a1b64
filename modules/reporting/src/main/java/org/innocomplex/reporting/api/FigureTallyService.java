package org.innocomplex.reporting.api;

import java.util.List;

/**
 * The running tallies the dashboard reads (one row per year, county, level, status and figure instead of every
 * report's values). They follow every change of a report by themselves; this is for the start-up, bulk loads and
 * checking.
 */
public interface FigureTallyService {

    /** At start-up: recounts once if reports count but nothing was ever tallied (a database from before). */
    boolean rebuildIfNeeded();

    /** Recounts every tally from the reports; for data written around the application. */
    void rebuild();

    /** Where the tallies and the reports disagree, one line per key; empty when they agree. */
    List<String> drift();
}
