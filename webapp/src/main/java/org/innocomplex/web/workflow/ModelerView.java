package org.innocomplex.web.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.innocomplex.access.api.CandidateGroup;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.appraisal.api.ProcessAdministrationService;
import org.innocomplex.appraisal.api.ProcessAdministrationService.Operation;
import org.innocomplex.web.support.Faces;
import org.innocomplex.web.support.Formats;
import org.innocomplex.workflow.api.DeployOutcome;
import org.innocomplex.workflow.api.ProcessDraft;
import org.innocomplex.workflow.api.ProcessVersion;
import org.innocomplex.workflow.api.ValidationReport;

/**
 * {@code workflow/modeler.xhtml?key=} (administrators): the bpmn-js modeler on a process key. It opens the latest
 * draft when one was saved after the latest version was deployed, else the latest version ({@code &open=version}
 * forces the version). Before each action the page's script sends the diagram to {@link BpmnUploadServlet} and passes
 * the token it gets as the action's {@code upload} parameter, so the bean always works on what the administrator sees
 * and the diagram never travels as a form field (see the servlet for why). Validation problems are listed in the
 * reader's language and the script marks their elements on the canvas; a deploy the rules refuse lists its problems
 * the same way and keeps the diagram as it is, nothing lost. A file the upload found too large is refused by the
 * product's own size rule, audited, whichever action it was sent for.
 */
@Named
@ViewScoped
public class ModelerView implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The province of the programme, for the suggestion of a provincial step. */
    private static final String ZHEJIANG = "330000";

    /**
     * Candidate groups the access scheme gives out ({@code Actor.groups()}), as suggestions for the group field; the
     * variables are those every appraisal starts with. The validator, not this list, decides what is allowed.
     */
    static final List<String> GROUP_SUGGESTIONS = java.util.stream.Stream.concat(
                    java.util.Arrays.stream(CandidateGroup.Kind.values()).flatMap(k -> k.expression().stream()),
                    java.util.stream.Stream.of(CandidateGroup.province(ZHEJIANG).toString()))
            .toList();

    /** Examples in the product's own expression style (see the bundled BPMN), shown as placeholders. */
    static final String DUE_EXAMPLE = "${vars:get(municipalDue)}";

    static final String CONDITION_EXAMPLE = "${decision == 'approve'}";

    @Inject
    ProcessAdministrationService admin;

    @Inject
    CurrentUser currentUser;

    @Inject
    Faces faces;

    @Inject
    Formats fmt;

    @Inject
    ModelerUploads uploads;

    private String key;
    private String xml;
    /** the process id on the canvas, written by the page's script: the key a draft is saved under */
    private String processId;

    private ProcessVersion latest;
    private ProcessDraft draft;
    /** what the canvas holds: the draft or the latest version */
    private boolean fromDraft;

    private List<Violation> problems = List.of();
    private boolean validated;

    @PostConstruct
    void load() {
        try {
            var actor = currentUser.require();
            key = WorkflowPages.param("key");
            if (key == null) {
                List<String> keys = admin.processKeys(actor);
                key = keys.isEmpty() ? null : keys.get(0);
            }
            if (key == null) {
                return;
            }
            List<ProcessVersion> versions = admin.versions(actor, key);
            latest = versions.isEmpty() ? null : versions.get(0);
            draft = admin.latestDraft(actor, key).orElse(null);
            if (opensDraft(draft, latest, "version".equals(WorkflowPages.param("open")))) {
                xml = draft.xml();
                fromDraft = true;
            } else if (latest != null) {
                xml = admin.bpmnXml(actor, latest.definitionId());
            }
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    /**
     * Whether the modeler opens the draft rather than the latest version: when the draft was saved after that
     * version was deployed (work in progress on top of it), unless the administrator asked for the version.
     */
    static boolean opensDraft(ProcessDraft draft, ProcessVersion latest, boolean versionAsked) {
        if (draft == null || versionAsked && latest != null) {
            return false;
        }
        return latest == null || latest.deployedAt() == null || !draft.savedAt().isBefore(latest.deployedAt());
    }

    public void saveDraft() {
        try {
            if (!upload(Operation.SAVE_DRAFT)) {
                return;
            }
            if (processId != null && !processId.isBlank()) {
                key = processId.strip();
            }
            draft = admin.saveDraft(currentUser.require(), key, xml);
            fromDraft = true;
            faces.info("workflow.modeler.draftSaved", when(draft));
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public void validate() {
        try {
            if (!upload(Operation.VALIDATE)) {
                return;
            }
            ValidationReport report = admin.validate(currentUser.require(), xml);
            show(report);
            if (report.valid()) {
                faces.info("workflow.modeler.valid");
            } else {
                faces.error(null, "workflow.modeler.invalid", report.problems().size());
            }
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public void deploy() {
        try {
            if (!upload(Operation.DEPLOY)) {
                return;
            }
            var actor = currentUser.require();
            DeployOutcome outcome = admin.deploy(actor, xml);
            show(outcome.report());
            Optional<ProcessVersion> deployed = outcome.deployed();
            if (deployed.isPresent()) {
                latest = deployed.get();
                key = latest.key();
                fromDraft = false;
                faces.info("workflow.modeler.deployed", latest.key(), latest.version());
            } else {
                faces.error(
                        null,
                        "workflow.modeler.refused",
                        outcome.report().problems().size());
            }
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    /**
     * Takes the diagram the page uploaded for this action into {@code xml}; when there is none, or it was too large,
     * says so (the latter refused and audited by the facade) and returns false.
     */
    private boolean upload(Operation operation) {
        Optional<ModelerUploads.Upload> upload = uploads.take(WorkflowPages.param("upload"));
        if (upload.isEmpty()) {
            faces.error(null, "workflow.modeler.uploadMissing");
            return false;
        }
        if (upload.get().tooLarge()) {
            ValidationReport report = admin.refuseTooLarge(
                    currentUser.require(), operation, upload.get().bytes());
            show(report);
            report.problems().forEach(p -> faces.errorText(null, faces.reason(p)));
            return false;
        }
        xml = upload.get().xml();
        return true;
    }

    private void show(ValidationReport report) {
        problems = report.problems();
        validated = true;
    }

    /** Step types for the select: formKey → label key, in formKey order so the list does not move between visits. */
    public List<Map.Entry<String, String>> getStepTypes() {
        return List.copyOf(new TreeMap<>(admin.stepTypes()).entrySet());
    }

    public String getDueExample() {
        return DUE_EXAMPLE;
    }

    public String getConditionExample() {
        return CONDITION_EXAMPLE;
    }

    public List<String> getGroupSuggestions() {
        return GROUP_SUGGESTIONS;
    }

    public String when(ProcessDraft d) {
        return d == null ? "" : WorkflowPages.when(fmt, d.savedAt());
    }

    public String latestLabel() {
        return latest == null ? "" : WorkflowPages.label(faces, fmt, latest);
    }

    public String getKey() {
        return key;
    }

    /** The diagram the page opens with; what the page sends back comes through the upload. */
    public String getXml() {
        return xml;
    }

    public String getProcessId() {
        return processId;
    }

    public void setProcessId(String processId) {
        this.processId = processId;
    }

    public ProcessVersion getLatest() {
        return latest;
    }

    public ProcessDraft getDraft() {
        return draft;
    }

    public boolean isFromDraft() {
        return fromDraft;
    }

    public List<Violation> getProblems() {
        return problems;
    }

    public boolean isValidated() {
        return validated;
    }
}
