package org.innocomplex.web.appraisal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.ReportRecord;
import org.innocomplex.submission.api.ReportService;
import org.innocomplex.submission.api.ValueChange;
import org.innocomplex.web.errors.RequestParams;
import org.innocomplex.web.support.Faces;

/** {@code appraisal/record.xhtml?id=<report>}: a report, its appraisal's state, grade and whole history. */
@Named
@ViewScoped
public class RecordView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AppraisalService appraisals;

    @Inject
    Faces faces;

    @Inject
    ReportService submissions;

    private ReportRecord record;
    private java.util.Map<String, ValueChange> changes;

    @PostConstruct
    void load() {
        long id = RequestParams.requiredId("id");
        try {
            record = appraisals.record(id, currentUser.require());
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    /** What the latest submission changed against the one before, by indicator code. */
    public java.util.Map<String, ValueChange> getChanges() {
        if (changes == null) {
            changes = new java.util.HashMap<>();
            if (record != null && record.versions().size() >= 2) {
                int last = record.versions().size();
                submissions.diff(record.report().id(), last - 1, last).forEach(c -> changes.put(c.code(), c));
            }
        }
        return changes;
    }

    /**
     * The process diagram's data for the page's script: the BPMN XML and the current and completed activity ids,
     * as JSON with every {@code <} escaped so that the XML cannot close the script element it is embedded in.
     */
    public String getDiagramJson() {
        if (record == null || record.diagram() == null) {
            return null;
        }
        var d = record.diagram();
        var current = jakarta.json.Json.createArrayBuilder();
        d.currentActivityIds().forEach(current::add);
        var completed = jakarta.json.Json.createArrayBuilder();
        d.completedActivityIds().forEach(completed::add);
        String json = jakarta.json.Json.createObjectBuilder()
                .add("xml", d.bpmnXml())
                .add("current", current)
                .add("completed", completed)
                .build()
                .toString();
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    public ReportRecord getRecord() {
        return record;
    }
}
