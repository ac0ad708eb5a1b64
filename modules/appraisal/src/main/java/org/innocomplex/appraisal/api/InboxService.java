package org.innocomplex.appraisal.api;

import java.util.List;
import org.innocomplex.access.api.Actor;

/**
 * The officials' and experts' inbox: the tasks offered to the actor's groups or assigned to them, read from the
 * appraisal's own task table so that every page, count and filter is an index range scan.
 */
public interface InboxService {

    List<InboxItem> page(Actor actor, InboxQuery query, int first, int max);

    long count(Actor actor, InboxQuery query);

    /** Open tasks per step, in one grouped query; steps without tasks are absent. */
    List<StepCount> countsByStep(Actor actor);

    /**
     * @throws org.innocomplex.access.api.DomainException {@code appraisal.error.alreadyHandled} when the task is
     *         gone, {@code appraisal.inbox.error.claimedBy} when another official holds it,
     *         {@link org.innocomplex.access.api.NotAuthorizedException} when it is not offered to the actor's groups
     */
    void claim(Actor actor, String taskId);

    /** Gives the task back to its group; any member of the group may, so an absence blocks nothing. */
    void unclaim(Actor actor, String taskId);

    /** Tasks the actor completed, most recent first. */
    List<InboxItem> handled(Actor actor, int first, int max);

    long handledCount(Actor actor);

    /**
     * Approves each task with the same comment, each in a transaction of its own: one refusal or conflict does not
     * undo the others. Only {@code review} steps are approved this way.
     *
     * @return one outcome per task id, in the given order
     */
    List<BulkOutcome> bulkApprove(Actor actor, List<String> taskIds, String comment);

    /**
     * At start-up: a database from before the inbox table has open tasks but no inbox rows; they are copied from the
     * engine once (later the engine's task events keep the table).
     *
     * @return how many rows were written
     */
    int rebuildIfEmpty();

    /** Counts the open tasks per step and the handled ones again from the inbox's rows, for rows written around it. */
    void recount();
}
