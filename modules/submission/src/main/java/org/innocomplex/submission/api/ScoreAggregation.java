package org.innocomplex.submission.api;

/**
 * How a cycle combines its experts' totals into one score: the plain mean, or the mean after dropping the single
 * highest and the single lowest total (only when there are at least 3; with fewer the plain mean is taken).
 */
public enum ScoreAggregation {
    MEAN,
    TRIMMED_MEAN
}
