package org.innocomplex.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.InboxItem;
import org.innocomplex.appraisal.api.InboxQuery;
import org.innocomplex.appraisal.api.InboxService;
import org.innocomplex.appraisal.api.ProcessAdministration;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.workflow.api.DeployOutcome;
import org.innocomplex.workflow.api.MigrationPreview;
import org.innocomplex.workflow.api.MigrationResult;
import org.innocomplex.workflow.api.ProcessDiff;
import org.innocomplex.workflow.api.ProcessVersion;
import org.innocomplex.workflow.api.TaskInfo;
import org.innocomplex.workflow.api.WorkflowService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The acceptance test of issue 5: an administrator's new version inserts a provincial review (step type review, its
 * own candidate group) between the municipal review and the expert assignment, deployed live through the facade.
 * A new report routes through it with no code change and no restart; an appraisal already running stays on its
 * version and skips it; another one, migrated, continues on the new version and meets the provincial review.
 * The new version is suspended at the end, so the tests after this one start on the bundled route again.
 */
@ExtendWith(ArquillianExtension.class)
class ProvincialReviewIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    ProcessAdministration admin;
    @Inject
    AppraisalService appraisals;
    @Inject
    InboxService inbox;
    @Inject
    WorkflowService workflow;
    @Inject
    AuditTrail audit;
    @Inject
    Fixtures fixtures;

    private static final Actor ADMIN = Fixtures.admin();
    private static final Actor PROVINCE = new Actor("it-province", "IT province", Role.PROVINCIAL_OFFICIAL,
            "330000", null);
    private static final String COUNTY = "331122";

    /** report submitted, county approved: the municipal review is open */
    private Fixtures.Case atMunicipalReview() {
        Fixtures.Case c = fixtures.atCountyReview(COUNTY);
        appraisals.complete(fixtures.onlyTask(c.appraisal()).id(), Fixtures.county(COUNTY),
                new StepInput.Review(true, null));
        assertEquals("municipalReview", fixtures.onlyTask(c.appraisal()).definitionKey());
        return c;
    }

    private TaskInfo municipalApproves(Fixtures.Case c) {
        appraisals.complete(fixtures.onlyTask(c.appraisal()).id(), Fixtures.municipal(),
                new StepInput.Review(true, "同意"));
        return fixtures.onlyTask(c.appraisal());
    }

    @Test
    void aProvincialReviewAddedByAnAdministratorRoutesNewReportsAndMigratedOnes() {
        Fixtures.Case stays = atMunicipalReview();
        Fixtures.Case migrated = atMunicipalReview();
        String oldDefinition = fixtures.onlyTask(stays.appraisal()).processDefinitionId();

        DeployOutcome out = admin.deploy(ADMIN, WorkflowVariants.withProvincialReview("330000"));
        ProcessVersion v = out.deployed().orElseThrow(() -> new AssertionError(out.report().problems().toString()));
        try {
            assertFalse(v.definitionId().equals(oldDefinition));

            // a new report: through the provincial review, live
            Fixtures.Case fresh = atMunicipalReview();
            assertEquals(v.definitionId(), fixtures.onlyTask(fresh.appraisal()).processDefinitionId());
            TaskInfo provincial = municipalApproves(fresh);
            assertEquals("provincialReview", provincial.definitionKey());
            assertEquals("review", provincial.formKey());
            // named in both languages wherever steps are listed, from the version's own names
            assertEquals(new org.innocomplex.workflow.api.StepName("省级审核", "Provincial review"),
                    workflow.stepNames().get("provincialReview"));
            List<InboxItem> provinceInbox = inbox.page(PROVINCE, InboxQuery.all(), 0, 10_000);
            assertTrue(provinceInbox.stream().anyMatch(i -> i.taskId().equals(provincial.id())),
                    "the provincial official's inbox offers it");
            assertFalse(inbox.page(Fixtures.municipal(), InboxQuery.all(), 0, 10_000).stream()
                    .anyMatch(i -> i.taskId().equals(provincial.id())), "not the city's");
            assertThrows(NotAuthorizedException.class, () -> appraisals.complete(provincial.id(),
                    Fixtures.municipal(), new StepInput.Review(true, null)));
            appraisals.complete(provincial.id(), PROVINCE, new StepInput.Review(true, "省级同意"));
            assertEquals("assignExperts", fixtures.onlyTask(fresh.appraisal()).definitionKey());

            // the running appraisal stays on its version and goes straight to the expert assignment
            assertEquals(oldDefinition, fixtures.onlyTask(stays.appraisal()).processDefinitionId());
            assertEquals("assignExperts", municipalApproves(stays).definitionKey());
            assertEquals(oldDefinition, fixtures.onlyTask(stays.appraisal()).processDefinitionId());

            // migration: preview, then a batch in which a bad id fails alone
            String pid = migrated.appraisal().processInstanceId();
            List<MigrationPreview> previews = admin.previewMigration(ADMIN, List.of(pid), v.definitionId());
            assertEquals(1, previews.size());
            assertTrue(previews.get(0).migratable(), previews.get(0).problems().toString());
            assertEquals(Map.of("municipalReview", "municipalReview"), previews.get(0).activityMapping());
            int auditBefore = audit.of("PROCESS", WorkflowVariants.KEY).size();

            List<MigrationResult> results = admin.migrate(ADMIN, List.of("no-such-instance", pid),
                    v.definitionId());

            assertFalse(results.get(0).migrated());
            assertTrue(results.get(1).migrated(), results.get(1).message());
            assertEquals(v.definitionId(), fixtures.onlyTask(migrated.appraisal()).processDefinitionId());
            assertEquals(v.definitionId(), workflow.diagram(pid).orElseThrow().processDefinitionId());
            TaskInfo afterMigration = municipalApproves(migrated);
            assertEquals("provincialReview", afterMigration.definitionKey(), "continues on the new route");

            // back to the old version it cannot go: the provincial review has no place there
            MigrationPreview back = admin.previewMigration(ADMIN, List.of(pid), oldDefinition).get(0);
            assertFalse(back.migratable());
            assertEquals("", back.activityMapping().get("provincialReview"));
            System.out.println("why not: " + back.problems());
            List<MigrationResult> refused = admin.migrate(ADMIN, List.of(pid), oldDefinition);
            assertFalse(refused.get(0).migrated());
            assertEquals(v.definitionId(), fixtures.onlyTask(migrated.appraisal()).processDefinitionId());

            appraisals.complete(afterMigration.id(), PROVINCE, new StepInput.Review(true, null));
            assertEquals("assignExperts", fixtures.onlyTask(migrated.appraisal()).definitionKey());

            List<String> actions = audit.of("PROCESS", WorkflowVariants.KEY).stream().skip(auditBefore)
                    .map(AuditTrail.Entry::action).toList();
            assertEquals(List.of("WORKFLOW_MIGRATION_FAILED", "WORKFLOW_MIGRATED", "WORKFLOW_MIGRATION_FAILED"),
                    actions);

            // the diff names the added step and the changed flow
            ProcessDiff diff = admin.diff(ADMIN, oldDefinition, v.definitionId());
            assertTrue(diff.changes().stream().anyMatch(c -> c.elementId().equals("provincialReview")
                    && c.kind() == ProcessDiff.Kind.ADDED && c.elementType().equals("userTask")));
            assertTrue(diff.changes().stream().anyMatch(c -> c.elementId().equals("flow_municipalDecision_approve")
                    && c.kind() == ProcessDiff.Kind.CHANGED && c.attributes().equals(List.of("target"))));
        } finally {
            admin.suspend(ADMIN, v.definitionId());
        }
    }
}
