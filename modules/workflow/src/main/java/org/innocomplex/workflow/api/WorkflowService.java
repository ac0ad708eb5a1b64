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

    /** Tasks the user may act on: assigned to them or offered to one of their groups, newest first. */
    List<TaskInfo> inbox(String user, Set<String> groups, int first, int max);

    long inboxCount(String user, Set<String> groups);

    Optional<TaskInfo> openTask(String taskId);

    /**
     * The task, if the user may act on it now.
     *
     * @throws TaskAlreadyHandledException when it is no longer open
     * @throws TaskNotAllowedException     when it is not theirs
     */
    TaskInfo actionableTask(String taskId, String user, Set<String> groups);

    /** Completes the task after the same checks as {@link #actionableTask}; variables go to the process. */
    void complete(String taskId, String user, Set<String> groups, Map<String, Object> variables);

    List<TaskInfo> openTasks(String processInstanceId);

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
}
