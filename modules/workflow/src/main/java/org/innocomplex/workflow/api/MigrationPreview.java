package org.innocomplex.workflow.api;

import java.util.List;
import java.util.Map;

/**
 * What migrating one instance to another version would do, from Flowable's migration validation.
 *
 * @param activityMapping current activity id → activity id in the target version
 * @param problems        why it cannot move (Flowable's validation messages, or product keys); empty when it can
 */
public record MigrationPreview(
        String processInstanceId, String businessKey, Map<String, String> activityMapping, List<String> problems) {
    public MigrationPreview {
        activityMapping = Map.copyOf(activityMapping);
        problems = List.copyOf(problems);
    }

    public boolean migratable() {
        return problems.isEmpty();
    }
}
