package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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
import org.innocomplex.appraisal.api.ProcessAdministrationService;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.workflow.api.DeployOutcome;
import org.innocomplex.workflow.api.MigrationPreview;
import org.innocomplex.workflow.api.MigrationResult;
import org.innocomplex.workflow.api.ProcessDiff;
import org.innocomplex.workflow.api.ProcessVersion;
import org.innocomplex.workflow.api.StepName;
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
    ProcessAdministrationService admin;

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
    private static final Actor PROVINCE =
            new Actor("it-province", "IT province", Role.PROVINCIAL_OFFICIAL, "330000", null);
    private static final String COUNTY = "331122";

    /** report submitted, county approved: the municipal review is open */
    private Fixtures.Case atMunicipalReview() {
        Fixtures.Case c = fixtures.atCountyReview(COUNTY);
        appraisals.complete(
                fixtures.onlyTask(c.appraisal()).id(), Fixtures.county(COUNTY), new StepInput.Review(true, null));
        assertThat(fixtures.onlyTask(c.appraisal()).definitionKey()).isEqualTo("municipalReview");
        return c;
    }

    private TaskInfo municipalApproves(Fixtures.Case c) {
        appraisals.complete(
                fixtures.onlyTask(c.appraisal()).id(), Fixtures.municipal(), new StepInput.Review(true, "同意"));
        return fixtures.onlyTask(c.appraisal());
    }

    @Test
    void aProvincialReviewAddedByAnAdministratorRoutesNewReportsAndMigratedOnes() {
        Fixtures.Case stays = atMunicipalReview();
        Fixtures.Case migrated = atMunicipalReview();
        String oldDefinition = fixtures.onlyTask(stays.appraisal()).processDefinitionId();

        DeployOutcome out = admin.deploy(ADMIN, WorkflowVariants.withProvincialReview("330000"));
        ProcessVersion v = out.deployed()
                .orElseThrow(() -> new AssertionError(out.report().problems().toString()));
        try {
            assertThat(v.definitionId().equals(oldDefinition)).isFalse();

            // a new report: through the provincial review, live
            Fixtures.Case fresh = atMunicipalReview();
            assertThat(fixtures.onlyTask(fresh.appraisal()).processDefinitionId())
                    .isEqualTo(v.definitionId());
            TaskInfo provincial = municipalApproves(fresh);
            assertThat(provincial.definitionKey()).isEqualTo("provincialReview");
            assertThat(provincial.formKey()).isEqualTo("review");
            // named in both languages wherever steps are listed, from the version's own names
            assertThat(workflow.stepNames().get("provincialReview"))
                    .isEqualTo(new StepName("省级审核", "Provincial review"));
            List<InboxItem> provinceInbox = inbox.page(PROVINCE, InboxQuery.all(), 0, 10_000);
            assertThat(provinceInbox.stream().anyMatch(i -> i.taskId().equals(provincial.id())))
                    .as("the provincial official's inbox offers it")
                    .isTrue();
            assertThat(inbox.page(Fixtures.municipal(), InboxQuery.all(), 0, 10_000).stream()
                            .anyMatch(i -> i.taskId().equals(provincial.id())))
                    .as("not the city's")
                    .isFalse();
            assertThatExceptionOfType(NotAuthorizedException.class)
                    .isThrownBy(() -> appraisals.complete(
                            provincial.id(), Fixtures.municipal(), new StepInput.Review(true, null)));
            appraisals.complete(provincial.id(), PROVINCE, new StepInput.Review(true, "省级同意"));
            assertThat(fixtures.onlyTask(fresh.appraisal()).definitionKey()).isEqualTo("assignExperts");

            // the running appraisal stays on its version and goes straight to the expert assignment
            assertThat(fixtures.onlyTask(stays.appraisal()).processDefinitionId())
                    .isEqualTo(oldDefinition);
            assertThat(municipalApproves(stays).definitionKey()).isEqualTo("assignExperts");
            assertThat(fixtures.onlyTask(stays.appraisal()).processDefinitionId())
                    .isEqualTo(oldDefinition);

            // migration: preview, then a batch in which a bad id fails alone
            String pid = migrated.appraisal().processInstanceId();
            List<MigrationPreview> previews = admin.previewMigration(ADMIN, List.of(pid), v.definitionId());
            assertThat(previews.size()).isEqualTo(1);
            assertThat(previews.get(0).migratable())
                    .as(previews.get(0).problems().toString())
                    .isTrue();
            assertThat(previews.get(0).activityMapping()).isEqualTo(Map.of("municipalReview", "municipalReview"));
            int auditBefore = audit.of("PROCESS", WorkflowVariants.KEY).size();

            List<MigrationResult> results = admin.migrate(ADMIN, List.of("no-such-instance", pid), v.definitionId());

            assertThat(results.get(0).migrated()).isFalse();
            assertThat(results.get(1).migrated()).as(results.get(1).message()).isTrue();
            assertThat(fixtures.onlyTask(migrated.appraisal()).processDefinitionId())
                    .isEqualTo(v.definitionId());
            assertThat(workflow.diagram(pid).orElseThrow().processDefinitionId())
                    .isEqualTo(v.definitionId());
            TaskInfo afterMigration = municipalApproves(migrated);
            assertThat(afterMigration.definitionKey())
                    .as("continues on the new route")
                    .isEqualTo("provincialReview");

            // back to the old version it cannot go: the provincial review has no place there
            MigrationPreview back =
                    admin.previewMigration(ADMIN, List.of(pid), oldDefinition).get(0);
            assertThat(back.migratable()).isFalse();
            assertThat(back.activityMapping().get("provincialReview")).isEqualTo("");
            System.out.println("why not: " + back.problems());
            List<MigrationResult> refused = admin.migrate(ADMIN, List.of(pid), oldDefinition);
            assertThat(refused.get(0).migrated()).isFalse();
            assertThat(fixtures.onlyTask(migrated.appraisal()).processDefinitionId())
                    .isEqualTo(v.definitionId());

            appraisals.complete(afterMigration.id(), PROVINCE, new StepInput.Review(true, null));
            assertThat(fixtures.onlyTask(migrated.appraisal()).definitionKey()).isEqualTo("assignExperts");

            List<String> actions = audit.of("PROCESS", WorkflowVariants.KEY).stream()
                    .skip(auditBefore)
                    .map(AuditTrail.Entry::action)
                    .toList();
            assertThat(actions)
                    .isEqualTo(List.of("WORKFLOW_MIGRATION_FAILED", "WORKFLOW_MIGRATED", "WORKFLOW_MIGRATION_FAILED"));

            // the diff names the added step and the changed flow
            ProcessDiff diff = admin.diff(ADMIN, oldDefinition, v.definitionId());
            assertThat(diff.changes().stream()
                            .anyMatch(c -> c.elementId().equals("provincialReview")
                                    && c.kind() == ProcessDiff.Kind.ADDED
                                    && c.elementType().equals("userTask")))
                    .isTrue();
            assertThat(diff.changes().stream()
                            .anyMatch(c -> c.elementId().equals("flow_municipalDecision_approve")
                                    && c.kind() == ProcessDiff.Kind.CHANGED
                                    && c.attributes().equals(List.of("target"))))
                    .isTrue();
        } finally {
            admin.suspend(ADMIN, v.definitionId());
        }
    }
}
