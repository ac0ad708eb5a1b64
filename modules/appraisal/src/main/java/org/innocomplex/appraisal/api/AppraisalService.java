package org.innocomplex.appraisal.api;

import java.util.List;
import org.innocomplex.access.api.Actor;
import org.innocomplex.submission.api.ReportData;

/**
 * The appraisal's use cases. Every method checks the actor against the object itself (county, city, complex,
 * assignment), not only the workflow's candidate groups, and each write happens in one transaction with its
 * task completion.
 */
public interface AppraisalService {

    String PROCESS_KEY = "annual-appraisal";

    /** Starts the appraisal of a report; a report already started is returned unchanged. */
    AppraisalData start(Long reportId, String startedBy);

    /**
     * Starts the appraisals of many reports at once (reports already started are skipped), for opening a cycle.
     *
     * @return how many were started
     */
    int startAll(List<ReportData> reports, String startedBy);

    /**
     * @throws org.innocomplex.access.api.DomainException {@code appraisal.error.alreadyHandled} when the task is
     *         gone, {@link org.innocomplex.access.api.NotAuthorizedException} when it is not the actor's
     */
    TaskDetails openTask(String taskId, Actor actor);

    /**
     * Validates the input for the task's step type, writes its record and completes the task, all or nothing.
     *
     * @throws org.innocomplex.access.api.DomainException {@code appraisal.error.alreadyHandled} when another user
     *         completed the task first (this call then wrote nothing), {@code appraisal.inbox.error.parallelChange} when the
     *         appraisal kept changing under it, {@code appraisal.inbox.error.claimedBy} when a colleague holds the task
     */
    void complete(String taskId, Actor actor, StepInput input);

    /**
     * As {@link #complete(String, Actor, StepInput)}, and reads the caller's answer in the same transaction, after
     * the step: the answer describes what was committed, and when reading it fails the step is rolled back with it,
     * so a committed step is never reported as failed (a client's retry would then be refused as already handled).
     */
    <T> T complete(String taskId, Actor actor, StepInput input, java.util.function.Supplier<T> answer);

    ReportRecord record(Long reportId, Actor actor);

    /**
     * Asks, without building the record, whether the actor may read the report.
     *
     * @throws org.innocomplex.access.api.NotAuthorizedException when not
     * @throws org.innocomplex.access.api.DomainException         {@code submission.error.unknownReport}
     */
    void requireReadable(Long reportId, Actor actor);

    /**
     * The step type of a task the actor may act on now, without loading the task's page data.
     *
     * @throws org.innocomplex.access.api.DomainException as {@link #openTask}
     */
    StepType stepTypeOf(String taskId, Actor actor);

    /** The reports this actor may see, newest first. */
    List<ReportSummary> reports(Actor actor);
}
