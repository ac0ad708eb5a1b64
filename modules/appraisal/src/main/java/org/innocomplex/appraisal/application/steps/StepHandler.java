package org.innocomplex.appraisal.application.steps;

import java.util.Map;
import org.innocomplex.appraisal.api.StepInput;

/**
 * The server side of one step type ({@code formKey}): checks the actor on the object, validates the input, writes
 * the step's domain record and returns the process variables the task completes with. It runs inside the
 * transaction of {@code AppraisalService.complete}, so a refusal or a failure after writing changes nothing.
 */
public interface StepHandler {

    String formKey();

    Class<? extends StepInput> inputType();

    Map<String, Object> handle(StepContext ctx, StepInput input);
}
