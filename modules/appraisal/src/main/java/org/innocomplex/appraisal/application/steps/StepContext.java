package org.innocomplex.appraisal.application.steps;

import org.innocomplex.access.api.Actor;
import org.innocomplex.appraisal.domain.Appraisal;
import org.innocomplex.registry.api.ActorScope;
import org.innocomplex.workflow.api.TaskInfo;

/** What a step handler works on: the open task, its appraisal (managed), and who acts, with what they cover. */
public record StepContext(TaskInfo task, Appraisal appraisal, ActorScope scope) {

    public Actor actor() {
        return scope.actor();
    }
}
