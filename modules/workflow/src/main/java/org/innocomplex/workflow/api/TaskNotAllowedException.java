package org.innocomplex.workflow.api;

/** The task exists but is neither assigned to the user nor offered to any of their groups. */
public class TaskNotAllowedException extends RuntimeException {
    public TaskNotAllowedException(String taskId, String user) {
        super("task " + taskId + " is not for " + user);
    }
}
