package org.innocomplex.access.api;

import java.time.Instant;
import java.util.List;

/**
 * The audit administrator's reading of the trail and its verification. Every method refuses anyone but an
 * {@link Role#AUDITOR} ({@link NotAuthorizedException} {@code access.error.only.AUDITOR}).
 */
public interface AuditReader {

    /** at most this many entries in one page or one export */
    int MAX_PAGE = 500;

    int MAX_EXPORT = 100_000;

    /**
     * What the auditor looks for; every part optional. Times are a half-open range [from, to); actor, action and
     * result match exactly; object type and object id match exactly too.
     */
    record Query(
            Instant from,
            Instant to,
            String actor,
            String action,
            String objectType,
            String objectId,
            AuditTrail.Result result)
            implements java.io.Serializable {
        public static Query all() {
            return new Query(null, null, null, null, null, null, null);
        }
    }

    /** The verification of the whole chain: intact or the id of the first broken (changed or missing) entry. */
    record Verification(boolean intact, long entries, Long firstBroken, long millis) implements java.io.Serializable {}

    /** how long entries are kept ({@code innocomplex.audit.retention-days}, never below 180); none is deleted */
    int retentionDays();

    long count(Actor auditor, Query query);

    /** newest first, ties by id */
    List<AuditTrail.Line> find(Actor auditor, Query query, int first, int max);

    /** the action names in the trail, for the filter's choice */
    List<String> actions(Actor auditor);

    Verification verify(Actor auditor);

    /**
     * Records that the auditor exported entries (the export itself is the web layer's), in its own transaction.
     *
     * @param format e.g. {@code xlsx}
     */
    void exported(Actor auditor, Query query, int rows, String format);
}
