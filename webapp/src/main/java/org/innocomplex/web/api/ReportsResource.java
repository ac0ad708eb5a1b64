package org.innocomplex.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.ReportRecord;
import org.innocomplex.appraisal.api.ReportSummary;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.appraisal.api.StepType;
import org.innocomplex.submission.api.ReportComparison;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportInput;
import org.innocomplex.submission.api.ReportService;
import org.innocomplex.workflow.api.TaskInfo;

/**
 * Annual reports. Reading goes through the appraisal's report page ({@link AppraisalService#record}), so the same
 * county and city scope applies as on {@code appraisal/record.xhtml}; drafts are the operator's, as on the report
 * step's form; submitting completes the open {@code report} step.
 */
@Programme
@Path("reports")
@Tag(name = "reports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ReportsResource {

    @Inject
    AppraisalService appraisals;

    @Inject
    ReportService submissions;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "The reports the caller may see, newest first")
    public List<ReportSummary> reports() {
        return appraisals.reports(currentUser.require());
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "A report with its appraisal, open steps, versions, history and scores",
            description = "403 `appraisal.error.notYourReport` when the report is outside the caller's "
                    + "county, city or complex. The process diagram is not included.")
    public ReportRecord report(@PathParam("id") long id) {
        ReportRecord r = appraisals.record(id, currentUser.require());
        return new ReportRecord(
                r.report(),
                r.complex(),
                r.catalogue(),
                r.comparison(),
                r.versions(),
                r.appraisal(),
                r.openSteps(),
                r.history(),
                r.steps(),
                r.scores(),
                r.names(),
                null);
    }

    @PUT
    @Path("{id}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Save the report's draft (the complex's operator)",
            description = "Replaces what is saved: `values` (numbers by indicator code), `texts` (text indicators by "
                    + "code), `narrative`, `explanations` (of anomalies, by indicator code). Types and bounds are "
                    + "checked; completeness only on submission.")
    @RequestBody(description = "{\"values\":{\"construction_investment\":1250.5},\"narrative\":\"...\"}")
    public ReportData saveDraft(@PathParam("id") long id, JsonObject body) {
        Actor actor = currentUser.require();
        JsonInput in = new JsonInput(body);
        ReportInput input = new ReportInput(
                in.numbers("values"), in.texts("texts"), in.string("narrative"), in.texts("explanations"));
        in.check();
        return submissions.saveDraft(id, actor, input);
    }

    @GET
    @Path("{id}/comparison")
    @Operation(summary = "The saved report beside last year's, with the anomalies to explain")
    public ReportComparison comparison(@PathParam("id") long id) {
        appraisals.requireReadable(id, currentUser.require());
        return submissions.compare(id);
    }

    @POST
    @Path("{id}/submit")
    @Operation(
            summary = "Submit the saved report (completes the open report step)",
            description = "422 `submission.error.invalid` with every field at fault in `errors`; nothing changes then.")
    public ReportData submit(@PathParam("id") long id) {
        Actor actor = currentUser.require();
        ReportRecord r = appraisals.record(id, actor);
        TaskInfo step = r.openSteps().stream()
                .filter(t -> StepType.REPORT.is(t.formKey()))
                .findFirst()
                .orElseThrow(() -> new DomainException("api.error.noReportStep"));
        // the answer is read in the submit's transaction: a failure to read it is not a committed submit's 500
        return appraisals.complete(
                step.id(),
                actor,
                new StepInput.SubmitReport(),
                () -> submissions.report(id).orElseThrow());
    }
}
