package org.innocomplex.appraisal.api;

import java.util.Optional;

/**
 * The kinds of step the appraisal has a handler and a screen for. A BPMN user task names its kind by its
 * {@code formKey}; the task's id ({@code countyReview}, or whatever an administrator calls an added step) only
 * says where in the process it stands, so nothing outside the BPMN may decide by it.
 */
public enum StepType {
    /** the operator fills and submits the report */
    REPORT("report"),
    /** an official approves or returns (county, city, or a step an administrator added) */
    REVIEW("review"),
    /** the municipal bureau picks the experts */
    ASSIGN_EXPERTS("assign-experts"),
    /** one expert scores the rubric */
    EXPERT_REVIEW("expert-review"),
    /** the municipal bureau decides the grade */
    DECISION("decision");

    private final String formKey;

    StepType(String formKey) {
        this.formKey = formKey;
    }

    public String formKey() {
        return formKey;
    }

    /** The message-bundle key of the type's name, as the modeler and the validator show it. */
    public String labelKey() {
        return "workflow.validation.stepType." + formKey;
    }

    public boolean is(String formKey) {
        return this.formKey.equals(formKey);
    }

    public static Optional<StepType> of(String formKey) {
        for (StepType t : values()) {
            if (t.formKey.equals(formKey)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
