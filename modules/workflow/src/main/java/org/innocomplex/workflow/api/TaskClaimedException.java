package org.innocomplex.workflow.api;

/** The task is claimed by another user: only they may act on it until they (or their group) release it. */
public class TaskClaimedException extends TaskNotAllowedException {
    private final String claimant;

    public TaskClaimedException(String taskId, String claimant) {
        super(taskId, "anyone but " + claimant);
        this.claimant = claimant;
    }

    public String claimant() {
        return claimant;
    }
}
