package org.innocomplex.access.api;

import java.time.Instant;
import java.util.List;

/** Who did what to which object and when; written in the caller's transaction. */
public interface AuditTrail {

    void record(String actor, String action, String objectType, String objectId, String detail);

    List<Entry> of(String objectType, String objectId);

    record Entry(Instant at, String actor, String action, String objectType, String objectId, String detail) {
    }
}
