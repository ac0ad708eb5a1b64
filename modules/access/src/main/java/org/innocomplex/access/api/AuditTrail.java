package org.innocomplex.access.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Who did what to which object, from where, with what result and when; written in the caller's transaction, chained
 * to the entry before it (SHA-256, see {@code AuditChain}), never changed or deleted by the application. Texts are
 * neutralised (line breaks and control characters become visible escapes such as {@code \n}) and cut to their
 * columns. The source address is the current request's ({@link AuditSource}) unless an {@link Event} names one.
 */
public interface AuditTrail {

    /** The result of what an entry records. */
    enum Result {
        OK,
        FAILED,
        REFUSED;

        /** what an entry written without a result records: {@code *_FAILED} failed, {@code *_REFUSED} refused */
        public static Result of(String action) {
            String a = action == null ? "" : action.toUpperCase(Locale.ROOT);
            if (a.endsWith("_FAILED")) {
                return FAILED;
            }
            if (a.endsWith("_REFUSED") || a.endsWith("_DENIED")) {
                return REFUSED;
            }
            return OK;
        }

        /** the stored text back; null for anything else (a row changed behind the application's back) */
        public static Result parse(String stored) {
            if (stored == null) {
                return null;
            }
            for (Result r : values()) {
                if (r.name().equals(stored)) {
                    return r;
                }
            }
            return null;
        }
    }

    /**
     * One entry to write, everything explicit.
     *
     * @param source the caller's address; null for the current request's (none outside a request)
     */
    record Event(
            String actor,
            String source,
            String action,
            String objectType,
            String objectId,
            Result result,
            String detail) {}

    /** An entry with its result derived from the action ({@link Result#of}). */
    void record(String actor, String action, String objectType, String objectId, String detail);

    default void record(String actor, String action, String objectType, String objectId, Result result, String detail) {
        record(new Event(actor, null, action, objectType, objectId, result, detail));
    }

    /** An entry with everything explicit; a plain implementation (a test's) may keep only what the 5-text one takes. */
    default void record(Event event) {
        record(event.actor(), event.action(), event.objectType(), event.objectId(), event.detail());
    }

    /**
     * A refusal anyone may repeat at will without a credential (a wrong API token, a foreign {@code Origin}, a page
     * of another's object): the first of its kind (same actor, action, object and detail) in a minute is recorded at
     * once, its repetitions within the minute are counted and recorded as one line when the minute ends. Its result
     * is {@link Result#REFUSED}.
     */
    void refusal(String actor, String action, String objectType, String objectId, String detail);

    /** An object's history, the details' line breaks restored. */
    List<Entry> of(String objectType, String objectId);

    record Entry(Instant at, String actor, String action, String objectType, String objectId, String detail) {}

    /** An entry as stored, for the auditor ({@link AuditReader}): its texts neutralised, with its hash. */
    record Line(
            long id,
            Instant at,
            String actor,
            String source,
            String action,
            String objectType,
            String objectId,
            Result result,
            String detail,
            String hash)
            implements java.io.Serializable {}
}
