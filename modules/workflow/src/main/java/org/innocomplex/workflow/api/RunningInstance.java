package org.innocomplex.workflow.api;

import java.time.LocalDateTime;
import java.util.List;

/** A running process instance of one version, as the migration page lists it. */
public record RunningInstance(
        String processInstanceId,
        String businessKey,
        String definitionId,
        int version,
        LocalDateTime startedAt,
        List<String> currentActivityIds) {
    public RunningInstance {
        currentActivityIds = List.copyOf(currentActivityIds);
    }
}
