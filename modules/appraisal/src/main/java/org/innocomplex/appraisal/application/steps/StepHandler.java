package org.innocomplex.appraisal.application.steps;

import java.util.Map;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.appraisal.api.StepType;

/**
 * The server side of one {@link StepType}: checks the actor on the object, validates the input, writes
 * the step's domain record and returns the process variables the task completes with. It runs inside the
 * transaction of {@code AppraisalService.complete}, so a refusal or a failure after writing changes nothing.
 */
public interface StepHandler {

    StepType type();

    Class<? extends StepInput> inputType();

    Map<String, Object> handle(StepContext ctx, StepInput input);
}
