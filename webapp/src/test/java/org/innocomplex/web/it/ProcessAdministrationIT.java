package org.innocomplex.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.util.List;
import java.util.Optional;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.appraisal.api.ProcessAdministration;
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
    ProcessAdministration admin;
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
        String large = WorkflowVariants.padded(WorkflowVariants.resource("bpmn/bad/01-script-task.bpmn20.xml"),
                3 * 1024 * 1024);
        assertTrue(large.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 3_000_000);
        refused("3 MiB", large, "evil", "workflow.validation.scriptTask");
        refused("5 MiB", WorkflowVariants.huge(5), null, "workflow.validation.tooLarge");
        long t0 = System.nanoTime();
        refused("50 MB", WorkflowVariants.huge(50), null, "workflow.validation.tooLarge");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("50 MB file refused in " + ms + " ms");

        assertEquals(versionsBefore, admin.versions(ADMIN, WorkflowVariants.KEY).size(), "nothing deployed");
        assertEquals(keysBefore, admin.processKeys(ADMIN), "no new process key");
        assertFalse(admin.processKeys(ADMIN).contains("bad-process"));
    }

    private void refused(String name, String xml, String element, String key) {
        String auditKey = element == null ? "?" : "bad-process";
        int linesBefore = auditOf(auditKey).size();

        DeployOutcome out = admin.deploy(ADMIN, xml);

        assertTrue(out.deployed().isEmpty(), name + " deployed");
        Optional<Violation> p = out.report().problems().stream()
                .filter(x -> x.key().equals(key) && java.util.Objects.equals(elementOf(x), element)).findFirst();
        assertTrue(p.isPresent(), name + ": expected " + key + " on " + element + ", got " + out.report().problems());
        if (element != null) {
            assertTrue(p.get().args().get(0).toString().contains(element), name + " names the element in the message");
        }
        List<AuditTrail.Entry> lines = auditOf(auditKey);
        assertEquals(linesBefore + 1, lines.size(), name + " audited once");
        AuditTrail.Entry last = lines.get(lines.size() - 1);
        assertEquals("WORKFLOW_DEPLOY_REFUSED", last.action());
        assertEquals(ADMIN.username(), last.actor());
        assertTrue(last.detail().contains(key), name + " audit names the reason: " + last.detail());
        if (element != null) {
            assertTrue(last.detail().contains(element + ": "), name + " audit names the element: " + last.detail());
        }
    }

    @Test
    void aFileTooLargeIsRefusedAndAuditedWhateverTheAdministratorMeantToDoWithIt() {
        String huge = WorkflowVariants.huge(5);
        int before = auditOf("?").size();

        assertEquals(List.of("workflow.validation.tooLarge"),
                admin.validate(ADMIN, huge).problems().stream().map(Violation::key).toList());
        var upload = admin.refuseTooLarge(ADMIN, ProcessAdministration.Operation.SAVE_DRAFT, 60_000_000L);
        assertEquals(List.of("58594", "4096"), upload.problems().get(0).args(), "its size and the limit, in KiB");

        List<AuditTrail.Entry> lines = auditOf("?");
        assertEquals(before + 2, lines.size());
        assertEquals("WORKFLOW_VALIDATION_REFUSED", lines.get(lines.size() - 2).action());
        assertEquals("WORKFLOW_DRAFT_REFUSED", lines.get(lines.size() - 1).action());
        assertTrue(lines.get(lines.size() - 1).detail().contains("workflow.validation.tooLarge [58594, 4096]"),
                lines.get(lines.size() - 1).detail());

        String key = "it-draft-large-" + System.nanoTime();
        var refused = assertThrows(org.innocomplex.access.api.DomainException.class,
                () -> admin.saveDraft(ADMIN, key, huge));
        assertEquals("workflow.validation.tooLarge", refused.key());
        assertTrue(admin.latestDraft(ADMIN, key).isEmpty(), "nothing saved");
        assertEquals(List.of("WORKFLOW_DRAFT_REFUSED"), auditOf(key).stream().map(AuditTrail.Entry::action).toList());
        assertThrows(NotAuthorizedException.class,
                () -> admin.refuseTooLarge(Fixtures.county("331122"), ProcessAdministration.Operation.DEPLOY, 1L));
    }

    @Test
    void onlyAnAdministratorMayAdministerOrEvenValidate() {
        Actor county = Fixtures.county("331122");
        assertThrows(NotAuthorizedException.class, () -> admin.deploy(county, WorkflowVariants.bundled()));
        assertThrows(NotAuthorizedException.class, () -> admin.validate(county, WorkflowVariants.bundled()));
        assertThrows(NotAuthorizedException.class, () -> admin.versions(county, WorkflowVariants.KEY));
        assertThrows(NotAuthorizedException.class, () -> admin.saveDraft(county, WorkflowVariants.KEY, "<x/>"));
    }

    @Test
    void aDeployedVersionIsListedNewStartsUseTheLatestActiveAndEachStepIsAudited() {
        assertTrue(admin.validate(ADMIN, WorkflowVariants.bundled()).valid(), "the bundled BPMN passes");
        String name = "年度绩效评价 IT " + System.nanoTime();
        int auditBefore = auditOf(WorkflowVariants.KEY).size();

        DeployOutcome out = admin.deploy(ADMIN, WorkflowVariants.renamed(name));
        ProcessVersion v = out.deployed().orElseThrow(() -> new AssertionError(out.report().problems().toString()));
        try {
            List<ProcessVersion> versions = admin.versions(ADMIN, WorkflowVariants.KEY);
            assertEquals(v.definitionId(), versions.get(0).definitionId(), "newest first");
            assertEquals(ADMIN.username(), versions.get(0).deployedBy());
            assertEquals(name, versions.get(0).name());
            assertNotNull(versions.get(0).deployedAt());
            assertEquals(0, versions.get(0).running());
            assertTrue(admin.bpmnXml(ADMIN, v.definitionId()).contains(name));

            // new reports start on it
            Fixtures.Case onNew = fixtures.atReportStep("331122");
            assertEquals(v.definitionId(), fixtures.onlyTask(onNew.appraisal()).processDefinitionId());
            assertEquals(1, admin.versions(ADMIN, WorkflowVariants.KEY).get(0).running());

            // suspended: new reports start on the previous version, the running one goes on
            admin.suspend(ADMIN, v.definitionId());
            assertTrue(admin.versions(ADMIN, WorkflowVariants.KEY).get(0).suspended());
            Fixtures.Case onPrevious = fixtures.atReportStep("331122");
            String previous = fixtures.onlyTask(onPrevious.appraisal()).processDefinitionId();
            assertFalse(previous.equals(v.definitionId()));
            fixtures.submit(onNew);
            assertEquals("countyReview", fixtures.onlyTask(onNew.appraisal()).definitionKey());

            admin.activate(ADMIN, v.definitionId());
            assertFalse(admin.versions(ADMIN, WorkflowVariants.KEY).get(0).suspended());

            List<String> actions = auditOf(WorkflowVariants.KEY).stream().skip(auditBefore)
                    .map(AuditTrail.Entry::action).toList();
            assertEquals(List.of("WORKFLOW_DEPLOYED", "WORKFLOW_SUSPENDED", "WORKFLOW_ACTIVATED"), actions);
        } finally {
            admin.suspend(ADMIN, v.definitionId());
        }
    }

    @Test
    void draftsKeepAuthorAndTimeAndTheLatestWins() {
        String key = "it-draft-" + System.nanoTime();
        assertTrue(admin.latestDraft(ADMIN, key).isEmpty());
        ProcessDraft first = admin.saveDraft(ADMIN, key, "<definitions>1</definitions>");
        ProcessDraft second = admin.saveDraft(ADMIN, key, "<definitions>2</definitions>");

        ProcessDraft latest = admin.latestDraft(ADMIN, key).orElseThrow();
        assertEquals(second.id(), latest.id());
        assertEquals("<definitions>2</definitions>", latest.xml());
        assertEquals(ADMIN.username(), latest.author());
        assertNotNull(latest.savedAt());
        assertTrue(first.id() != second.id());
    }

    @Test
    void stepTypesAreTheHandlersFormKeys() {
        assertEquals(List.of("assign-experts", "decision", "expert-review", "report", "review"),
                List.copyOf(admin.stepTypes().keySet()));
    }
}
