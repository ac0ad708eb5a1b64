package org.innocomplex.workflow.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Generic process and task operations. Every method joins the caller's JTA transaction, so a caller's domain
 * writes and the engine's changes commit or roll back together.
 */
public interface WorkflowService {

    /**
     * Starts many instances of the latest version of a process, resolving that version once.
     *
     * @param variablesByBusinessKey in the order to start them
     * @return process instance ids by business key
     */
    Map<String, String> startMany(String processKey, Map<String, Map<String, Object>> variablesByBusinessKey);

    /**
     * Every open user task as a {@link TaskEvent.Kind#CREATED} event, for a projection built after its tasks were
     * (the events then are the same as if it had seen them happen).
     */
    List<TaskEvent> openTaskSnapshot();

    Optional<TaskInfo> openTask(String taskId);

    /**
     * The task, if the user may act on it now.
     *
     * @throws TaskAlreadyHandledException when it is no longer open
     * @throws TaskNotFoundException       when no task ever had this id
     * @throws TaskNotAllowedException     when it is not theirs ({@link TaskClaimedException} when it is their
     *                                     group's but another member has claimed it)
     */
    TaskInfo actionableTask(String taskId, String user, Set<String> groups);

    /** Completes the task after the same checks as {@link #actionableTask}; variables go to the process. */
    void complete(String taskId, String user, Set<String> groups, Map<String, Object> variables);

    /**
     * Takes a group task for the user: the others of the group still see it, but only the user may complete it.
     * Claiming one's own claimed task again changes nothing.
     *
     * @throws TaskAlreadyHandledException when it is no longer open
     * @throws TaskNotFoundException       when no task ever had this id
     * @throws TaskNotAllowedException     when the user is in none of its candidate groups (tasks assigned by the
     *                                     process itself, e.g. an expert's, cannot be claimed)
     * @throws TaskClaimedException        when another user holds it
     */
    void claim(String taskId, String user, Set<String> groups);

    /**
     * Gives a claimed task back to its group. Any member of a candidate group may do it, not only the claimant, so
     * that a colleague's absence does not block the county's work; a task without candidate groups is refused.
     */
    void unclaim(String taskId, String user, Set<String> groups);

    /**
     * Gives the task back to a group after the same checks as {@link #actionableTask}: the assignee is cleared and
     * the group becomes a candidate.
     */
    void handBack(String taskId, String user, Set<String> groups, String candidateGroup);

    /**
     * Gives the task to another user after the same checks as {@link #actionableTask}: they become its assignee and
     * its candidate groups are removed, so it leaves the group's inbox.
     */
    void reassign(String taskId, String user, Set<String> groups, String newAssignee);

    List<TaskInfo> openTasks(String processInstanceId);

    /**
     * The groups an open task is offered to now (none once it was given to one person); empty for a task that is
     * no longer open.
     */
    Set<String> candidateGroups(String taskId);

    /** Open tasks of many instances at once, for lists. */
    Map<String, List<TaskInfo>> openTasks(Collection<String> processInstanceIds);

    List<StepRecord> history(String processInstanceId);

    boolean isEnded(String processInstanceId);

    /** The BPMN XML of the instance's own process version, with its current and completed activities. */
    Optional<ProcessDiagram> diagram(String processInstanceId);

    /** Deploys the BPMN bundled with the product; unchanged files create no new version. */
    void deployBundled();

    /** @return version numbers of the deployed definitions of a key, newest first */
    List<Integer> versions(String processKey);

    /**
     * The names of the user tasks of the latest version of every process, by task id: so that a step an
     * administrator added is named in the reader's language wherever steps are listed. Where two processes share an
     * id, the first process key in order wins. In the order a case meets the steps (a walk along the flows from the
     * start), so that lists of steps follow the process however its file is written.
     */
    Map<String, StepName> stepNames();
}
