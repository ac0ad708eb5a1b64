package org.innocomplex.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.ExpertReviewService;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.appraisal.api.InboxItem;
import org.innocomplex.appraisal.api.InboxQuery;
import org.innocomplex.appraisal.api.InboxService;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.appraisal.api.StepType;
import org.innocomplex.appraisal.api.TaskDetails;

/**
 * The caller's tasks: the inbox (offered to their groups or assigned to them), one task with what its screen shows,
 * and its completion with the step's payload. Which payload a task takes follows its {@code formKey}, exactly as the
 * task screen picks its form.
 */
@Programme
@Path("tasks")
@Tag(name = "tasks")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TasksResource {

    @Inject
    InboxService inbox;

    @Inject
    AppraisalService appraisals;

    @Inject
    ExpertReviewService reviews;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(
            summary = "My open tasks, paged and filtered like the inbox",
            description = "`step` is a task's step key (e.g. countyReview); `sort` CREATED, DUE, STEP or COMPLEX.")
    public Page<InboxItem> tasks(
            @QueryParam("cycle") Long cycle,
            @QueryParam("county") String county,
            @QueryParam("step") String step,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("sort") String sort,
            @QueryParam("ascending") Boolean ascending,
            @QueryParam("first") Integer first,
            @QueryParam("max") Integer max) {
        Actor actor = currentUser.require();
        InboxQuery.Sort by = Params.enumOf(InboxQuery.Sort.class, sort, "sort");
        InboxQuery q = new InboxQuery(
                cycle,
                county,
                step,
                Boolean.TRUE.equals(overdue),
                by == null ? InboxQuery.Sort.CREATED : by,
                Boolean.TRUE.equals(ascending));
        int f = Params.first(first);
        return new Page<>(inbox.count(actor, q), f, inbox.page(actor, q, f, Params.max(max, 50, 500)));
    }

    @GET
    @Path("handled")
    @Operation(summary = "Tasks I completed, most recent first")
    public Page<InboxItem> handled(@QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        Actor actor = currentUser.require();
        int f = Params.first(first);
        return new Page<>(inbox.handledCount(actor), f, inbox.handled(actor, f, Params.max(max, 50, 500)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A task with the report, last year's figures, anomalies, scores and proposed grade")
    public TaskDetails task(@PathParam("id") String id) {
        return appraisals.openTask(id, currentUser.require());
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Complete the task with its step's payload",
            description = "By the task's formKey: `report` {} (submits the saved report); `review` "
                    + "{\"approve\":true|false,\"comment\":\"...\"} (a return needs a comment); `assign-experts` "
                    + "{\"experts\":[\"expert1\",...]}; `expert-review` {\"points\":{\"<rubric item>\":8.5},"
                    + "\"groupComments\":{\"<rubric group>\":\"...\"},\"comment\":\"...\"} (confirm no conflict "
                    + "first); `decision` {\"grade\":\"EXCELLENT|GOOD|PASS|FAIL\",\"reason\":\"...\"} (a grade other "
                    + "than the proposed one needs a reason).")
    @RequestBody(description = "the step's payload, see the description")
    public void complete(@PathParam("id") String id, JsonObject body) {
        Actor actor = currentUser.require();
        appraisals.complete(id, actor, input(appraisals.stepTypeOf(id, actor), new JsonInput(body)));
    }

    @POST
    @Path("{id}/claim")
    @Operation(summary = "Take a group task so colleagues see it is being handled")
    public void claim(@PathParam("id") String id) {
        inbox.claim(currentUser.require(), id);
    }

    @POST
    @Path("{id}/unclaim")
    @Operation(summary = "Give a claimed task back to its group")
    public void unclaim(@PathParam("id") String id) {
        inbox.unclaim(currentUser.require(), id);
    }

    @POST
    @Path("{id}/no-conflict")
    @Operation(summary = "An expert confirms having no conflict of interest (before scoring)")
    public void confirmNoConflict(@PathParam("id") String id) {
        reviews.confirmNoConflict(id, currentUser.require());
    }

    @POST
    @Path("{id}/conflict")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "An expert declares a conflict of interest: the task goes back to the bureau",
            description = "{\"reason\":\"...\"}, required")
    public void declareConflict(@PathParam("id") String id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        String reason = in.string("reason");
        in.check();
        reviews.declareConflict(id, currentUser.require(), reason);
    }

    /** The step's input from the body; the step handler validates its content as it does for the form. */
    static StepInput input(StepType type, JsonInput in) {
        StepInput input = switch (type) {
            case REPORT -> new StepInput.SubmitReport();
            case REVIEW -> {
                Boolean approve = in.bool("approve");
                if (approve == null) {
                    throw new ValidationException(
                            java.util.List.of(new Violation("approve", "api.error.missingMember", "approve")));
                }
                yield new StepInput.Review(approve, in.string("comment"));
            }
            case ASSIGN_EXPERTS -> new StepInput.AssignExperts(in.strings("experts"));
            case EXPERT_REVIEW ->
                new StepInput.ExpertScore(in.numbers("points"), in.texts("groupComments"), in.string("comment"));
            case DECISION ->
                new StepInput.Decide(Params.enumOf(Grade.class, in.string("grade"), "grade"), in.string("reason"));
        };
        in.check();
        return input;
    }
}
