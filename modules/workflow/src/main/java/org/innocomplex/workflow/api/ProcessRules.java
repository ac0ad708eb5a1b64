package org.innocomplex.workflow.api;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a product allows in a BPMN file an administrator deploys. The workflow module enforces it but does not know
 * the product: the appraisal module says which step types it has handlers for and how its candidate groups look.
 *
 * @param stepTypes            formKeys a user task may carry
 * @param candidateGroups      each candidate group of a user task must match one of these whole
 * @param assignees            an assignee or candidate user must match one of these whole
 * @param delegateExpressions  the only {@code flowable:delegateExpression} values a service task may have
 * @param functions            EL functions an expression may call, e.g. {@code vars:get}
 * @param notVariables         identifiers in an expression that are engine objects or beans, not process variables:
 *                             no method may be called on them
 * @param variableMethods      methods an expression may call on a process variable, e.g. {@code size}
 * @param maxBytes             largest file accepted, in UTF-8 bytes
 */
public record ProcessRules(Set<String> stepTypes, List<Pattern> candidateGroups, List<Pattern> assignees,
                           Set<String> delegateExpressions, Set<String> functions, Set<String> notVariables,
                           Set<String> variableMethods, int maxBytes) {
    public ProcessRules {
        stepTypes = Set.copyOf(stepTypes);
        candidateGroups = List.copyOf(candidateGroups);
        assignees = List.copyOf(assignees);
        delegateExpressions = Set.copyOf(delegateExpressions);
        functions = Set.copyOf(functions);
        notVariables = Set.copyOf(notVariables);
        variableMethods = Set.copyOf(variableMethods);
    }
}
