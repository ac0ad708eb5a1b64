package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.appraisal.api.ProcessAdministrationService;
import org.innocomplex.workflow.api.DeployOutcome;
import org.innocomplex.workflow.api.ProcessDraft;
import org.innocomplex.workflow.api.ProcessVersion;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Workflow administration through the audited facade, on the shared database: the malicious and broken files are
 * refused naming the element, deploy nothing and leave an audit line each; a good file becomes the key's new
 * version, suspend/activate decide where new appraisals start; drafts keep author and time. Every version this test
 * deploys is suspended again at its end, so other tests keep starting on the bundled route.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessAdministrationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    ProcessAdministrationService admin;

    @Inject
    AuditTrail audit;

    @Inject
    Fixtures fixtures;

    private static final Actor ADMIN = Fixtures.admin();

    private List<AuditTrail.Entry> auditOf(String key) {
        return audit.of("PROCESS", key);
    }

    /** the element a problem names, or null for a problem of the whole file */
    private static String elementOf(Violation p) {
        return p.location() == null ? null : p.location().element();
    }

    @Test
    void eachMaliciousOrBrokenFileIsRefusedNamingTheElementDeploysNothingAndIsAudited() {
        int versionsBefore = admin.versions(ADMIN, WorkflowVariants.KEY).size();
        List<String> keysBefore = admin.processKeys(ADMIN);
        for (String[] bad : WorkflowVariants.BAD) {
            String xml = WorkflowVariants.resource("bpmn/bad/" + bad[0] + ".bpmn20.xml");
            refused(bad[0], xml, bad[1], bad[2]);
        }
        // between the web server's 2 MB form limit and the product's: judged by the validator, for what it holds
        String large = WorkflowVariants.padded(
                WorkflowVariants.resource("bpmn/bad/01-script-task.bpmn20.xml"), 3 * 1024 * 1024);
        assertThat(large.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 3_000_000)
                .isTrue();
        refused("3 MiB", large, "evil", "workflow.validation.scriptTask");
        refused("5 MiB", WorkflowVariants.huge(5), null, "workflow.validation.tooLarge");
        long t0 = System.nanoTime();
        refused("50 MB", WorkflowVariants.huge(50), null, "workflow.validation.tooLarge");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("50 MB file refused in " + ms + " ms");

        assertThat(admin.versions(ADMIN, WorkflowVariants.KEY).size())
                .as("nothing deployed")
                .isEqualTo(versionsBefore);
        assertThat(admin.processKeys(ADMIN)).as("no new process key").isEqualTo(keysBefore);
        assertThat(admin.processKeys(ADMIN).contains("bad-process")).isFalse();
    }

    private void refused(String name, String xml, String element, String key) {
        String auditKey = element == null ? "?" : "bad-process";
        int linesBefore = auditOf(auditKey).size();

        DeployOutcome out = admin.deploy(ADMIN, xml);

        assertThat(out.deployed().isEmpty()).as(name + " deployed").isTrue();
        Optional<Violation> p = out.report().problems().stream()
                .filter(x -> x.key().equals(key) && java.util.Objects.equals(elementOf(x), element))
                .findFirst();
        assertThat(p.isPresent())
                .as(name + ": expected " + key + " on " + element + ", got "
                        + out.report().problems())
                .isTrue();
        if (element != null) {
            assertThat(p.get().args().get(0).toString().contains(element))
                    .as(name + " names the element in the message")
                    .isTrue();
        }
        List<AuditTrail.Entry> lines = auditOf(auditKey);
        assertThat(lines.size()).as(name + " audited once").isEqualTo(linesBefore + 1);
        AuditTrail.Entry last = lines.get(lines.size() - 1);
        assertThat(last.action()).isEqualTo("WORKFLOW_DEPLOY_REFUSED");
        assertThat(last.actor()).isEqualTo(ADMIN.username());
        assertThat(last.detail().contains(key))
                .as(name + " audit names the reason: " + last.detail())
                .isTrue();
        if (element != null) {
            assertThat(last.detail().contains(element + ": "))
                    .as(name + " audit names the element: " + last.detail())
                    .isTrue();
        }
    }

    @Test
    void aFileTooLargeIsRefusedAndAuditedWhateverTheAdministratorMeantToDoWithIt() {
        String huge = WorkflowVariants.huge(5);
        int before = auditOf("?").size();

        assertThat(admin.validate(ADMIN, huge).problems().stream()
                        .map(Violation::key)
                        .toList())
                .isEqualTo(List.of("workflow.validation.tooLarge"));
        var upload = admin.refuseTooLarge(ADMIN, ProcessAdministrationService.Operation.SAVE_DRAFT, 60_000_000L);
        assertThat(upload.problems().get(0).args())
                .as("its size and the limit, in KiB")
                .isEqualTo(List.of("58594", "4096"));

        List<AuditTrail.Entry> lines = auditOf("?");
        assertThat(lines.size()).isEqualTo(before + 2);
        assertThat(lines.get(lines.size() - 2).action()).isEqualTo("WORKFLOW_VALIDATION_REFUSED");
        assertThat(lines.get(lines.size() - 1).action()).isEqualTo("WORKFLOW_DRAFT_REFUSED");
        assertThat(lines.get(lines.size() - 1).detail().contains("workflow.validation.tooLarge [58594, 4096]"))
                .as(lines.get(lines.size() - 1).detail())
                .isTrue();

        String key = "it-draft-large-" + System.nanoTime();
        var refused = assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> admin.saveDraft(ADMIN, key, huge))
                .actual();
        assertThat(refused.key()).isEqualTo("workflow.validation.tooLarge");
        assertThat(admin.latestDraft(ADMIN, key).isEmpty()).as("nothing saved").isTrue();
        assertThat(auditOf(key).stream().map(AuditTrail.Entry::action).toList())
                .isEqualTo(List.of("WORKFLOW_DRAFT_REFUSED"));
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> admin.refuseTooLarge(
                        Fixtures.county("331122"), ProcessAdministrationService.Operation.DEPLOY, 1L));
    }

    @Test
    void onlyAnAdministratorMayAdministerOrEvenValidate() {
        Actor county = Fixtures.county("331122");
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> admin.deploy(county, WorkflowVariants.bundled()));
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> admin.validate(county, WorkflowVariants.bundled()));
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> admin.versions(county, WorkflowVariants.KEY));
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> admin.saveDraft(county, WorkflowVariants.KEY, "<x/>"));
    }

    @Test
    void aDeployedVersionIsListedNewStartsUseTheLatestActiveAndEachStepIsAudited() {
        assertThat(admin.validate(ADMIN, WorkflowVariants.bundled()).valid())
                .as("the bundled BPMN passes")
                .isTrue();
        String name = "年度绩效评价 IT " + System.nanoTime();
        int auditBefore = auditOf(WorkflowVariants.KEY).size();

        DeployOutcome out = admin.deploy(ADMIN, WorkflowVariants.renamed(name));
        ProcessVersion v = out.deployed()
                .orElseThrow(() -> new AssertionError(out.report().problems().toString()));
        try {
            List<ProcessVersion> versions = admin.versions(ADMIN, WorkflowVariants.KEY);
            assertThat(versions.get(0).definitionId()).as("newest first").isEqualTo(v.definitionId());
            assertThat(versions.get(0).deployedBy()).isEqualTo(ADMIN.username());
            assertThat(versions.get(0).name()).isEqualTo(name);
            assertThat(versions.get(0).deployedAt()).isNotNull();
            assertThat(versions.get(0).running()).isEqualTo(0);
            assertThat(admin.bpmnXml(ADMIN, v.definitionId()).contains(name)).isTrue();

            // new reports start on it
            Fixtures.Case onNew = fixtures.atReportStep("331122");
            assertThat(fixtures.onlyTask(onNew.appraisal()).processDefinitionId())
                    .isEqualTo(v.definitionId());
            assertThat(admin.versions(ADMIN, WorkflowVariants.KEY).get(0).running())
                    .isEqualTo(1);

            // suspended: new reports start on the previous version, the running one goes on
            admin.suspend(ADMIN, v.definitionId());
            assertThat(admin.versions(ADMIN, WorkflowVariants.KEY).get(0).suspended())
                    .isTrue();
            Fixtures.Case onPrevious = fixtures.atReportStep("331122");
            String previous = fixtures.onlyTask(onPrevious.appraisal()).processDefinitionId();
            assertThat(previous.equals(v.definitionId())).isFalse();
            fixtures.submit(onNew);
            assertThat(fixtures.onlyTask(onNew.appraisal()).definitionKey()).isEqualTo("countyReview");

            admin.activate(ADMIN, v.definitionId());
            assertThat(admin.versions(ADMIN, WorkflowVariants.KEY).get(0).suspended())
                    .isFalse();

            List<String> actions = auditOf(WorkflowVariants.KEY).stream()
                    .skip(auditBefore)
                    .map(AuditTrail.Entry::action)
                    .toList();
            assertThat(actions).isEqualTo(List.of("WORKFLOW_DEPLOYED", "WORKFLOW_SUSPENDED", "WORKFLOW_ACTIVATED"));
        } finally {
            admin.suspend(ADMIN, v.definitionId());
        }
    }

    @Test
    void draftsKeepAuthorAndTimeAndTheLatestWins() {
        String key = "it-draft-" + System.nanoTime();
        assertThat(admin.latestDraft(ADMIN, key).isEmpty()).isTrue();
        ProcessDraft first = admin.saveDraft(ADMIN, key, "<definitions>1</definitions>");
        ProcessDraft second = admin.saveDraft(ADMIN, key, "<definitions>2</definitions>");

        ProcessDraft latest = admin.latestDraft(ADMIN, key).orElseThrow();
        assertThat(latest.id()).isEqualTo(second.id());
        assertThat(latest.xml()).isEqualTo("<definitions>2</definitions>");
        assertThat(latest.author()).isEqualTo(ADMIN.username());
        assertThat(latest.savedAt()).isNotNull();
        assertThat(first.id() != second.id()).isTrue();
    }

    @Test
    void stepTypesAreTheHandlersFormKeys() {
        assertThat(List.copyOf(admin.stepTypes().keySet()))
                .isEqualTo(List.of("assign-experts", "decision", "expert-review", "report", "review"));
    }
}
