package org.innocomplex.workflow.api;

/**
 * No task has ever had this id: a mistyped or made-up id, not a task someone else completed first (that is
 * {@link TaskAlreadyHandledException}, which the engine's history tells apart).
 */
public class TaskNotFoundException extends RuntimeException {
    public TaskNotFoundException(String taskId) {
        // the id is the caller's input: it names the refusal only in the caller's answer, not in a log
        super("no such task", null, false, false);
    }
}
