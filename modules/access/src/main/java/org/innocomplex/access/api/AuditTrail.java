package org.innocomplex.access.api;

import java.time.Instant;
import java.util.List;

/** Who did what to which object and when; written in the caller's transaction. */
public interface AuditTrail {

    void record(String actor, String action, String objectType, String objectId, String detail);

    /**
     * A refusal anyone may repeat at will without a credential (a wrong API token, a foreign {@code Origin}): the
     * first of its kind (same actor, action, object and detail) in a minute is recorded at once, its repetitions
     * within the minute are counted and recorded as one line when the minute ends.
     */
    void refusal(String actor, String action, String objectType, String objectId, String detail);

    List<Entry> of(String objectType, String objectId);

    record Entry(Instant at, String actor, String action, String objectType, String objectId, String detail) {}
}
