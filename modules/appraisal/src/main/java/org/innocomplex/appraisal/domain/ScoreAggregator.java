package org.innocomplex.appraisal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.innocomplex.submission.api.ScoreAggregation;

/**
 * The experts' totals of one report combined into its score, exactly: BigDecimal, rounded once at the end to two
 * decimals, HALF_UP (88.125 → 88.13).
 * <p>
 * A trimmed mean drops one highest and one lowest total (one of each even when several are equal) and needs at
 * least 3 totals; with 1 or 2 there is nothing to trim fairly, so the plain mean is taken and {@link Aggregate#applied()}
 * says so — the decision records the method actually applied.
 */
public final class ScoreAggregator {
    public static final int SCALE = 2;
    public static final int TRIM_MINIMUM = 3;

    private ScoreAggregator() {}

    /** @param applied the method used: MEAN when a trimmed mean was asked with fewer than 3 totals */
    public record Aggregate(BigDecimal score, ScoreAggregation configured, ScoreAggregation applied) {}

    public static Optional<Aggregate> aggregate(Collection<BigDecimal> totals, ScoreAggregation method) {
        ScoreAggregation configured = method == null ? ScoreAggregation.MEAN : method;
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> used = new ArrayList<>(totals);
        ScoreAggregation applied = ScoreAggregation.MEAN;
        if (configured == ScoreAggregation.TRIMMED_MEAN && used.size() >= TRIM_MINIMUM) {
            used.sort(null);
            used = used.subList(1, used.size() - 1);
            applied = ScoreAggregation.TRIMMED_MEAN;
        }
        BigDecimal sum = used.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal score = sum.divide(BigDecimal.valueOf(used.size()), SCALE, RoundingMode.HALF_UP);
        return Optional.of(new Aggregate(score, configured, applied));
    }
}
