package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.workflow.api.RunningInstance;
import org.innocomplex.workflow.api.WorkflowAdministrationService;

/** One instance's migration and its audit line, in a transaction of their own. */
@ApplicationScoped
public class InstanceMigration {
    @Inject
    WorkflowAdministrationService admin;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RunningInstance migrate(String actor, String processKey, String processInstanceId, String toDefinitionId) {
        RunningInstance before = admin.runningInstance(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("workflow.admin.error.instanceNotRunning"));
        admin.migrate(processInstanceId, toDefinitionId);
        audit.record(
                actor,
                "WORKFLOW_MIGRATED",
                DefaultProcessAdministrationService.AUDIT_TYPE,
                processKey,
                "instance " + processInstanceId + " (" + before.businessKey() + ") " + before.definitionId() + " → "
                        + toDefinitionId);
        return before;
    }
}
