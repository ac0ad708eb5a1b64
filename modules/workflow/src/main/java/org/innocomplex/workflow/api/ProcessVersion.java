package org.innocomplex.workflow.api;

import java.time.LocalDateTime;

/**
 * One deployed version of a process definition, as the definitions page lists it.
 *
 * @param definitionId Flowable's process definition id
 * @param deployedAt   UTC
 * @param deployedBy   username of the administrator, or {@code system} for the BPMN bundled with the product
 * @param running      process instances of this version not yet ended
 * @param finished     ended process instances of this version
 */
public record ProcessVersion(
        String definitionId,
        String key,
        int version,
        String name,
        String deploymentId,
        LocalDateTime deployedAt,
        String deployedBy,
        boolean suspended,
        long running,
        long finished) {}
