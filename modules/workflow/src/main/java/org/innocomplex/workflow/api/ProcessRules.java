package org.innocomplex.workflow.api;

import java.time.Duration;
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
 * @param maxElements          most elements with an id (steps, events, gateways, flows) a process may have: Flowable's
 *                             converter and validator take time that grows faster than the count
 * @param timers               how often, how many times and how far ahead a timer may fire
 */
public record ProcessRules(
        Set<String> stepTypes,
        List<Pattern> candidateGroups,
        List<Pattern> assignees,
        Set<String> delegateExpressions,
        Set<String> functions,
        Set<String> notVariables,
        Set<String> variableMethods,
        int maxBytes,
        int maxElements,
        Timers timers) {

    /**
     * The bounds of a timer.
     *
     * @param minPeriod  the shortest time between two firings of a repeating timer
     * @param maxRepeats the most firings a repeating timer may have
     * @param maxSpan    how far from now a date, a duration or a period may reach
     */
    public record Timers(Duration minPeriod, int maxRepeats, Duration maxSpan) {
        public Timers {
            if (minPeriod.isNegative() || minPeriod.isZero() || maxRepeats < 1 || maxSpan.compareTo(minPeriod) < 0) {
                throw new IllegalArgumentException("timer bounds " + minPeriod + ", " + maxRepeats + ", " + maxSpan);
            }
        }
    }

    public ProcessRules {
        stepTypes = Set.copyOf(stepTypes);
        candidateGroups = List.copyOf(candidateGroups);
        assignees = List.copyOf(assignees);
        delegateExpressions = Set.copyOf(delegateExpressions);
        functions = Set.copyOf(functions);
        notVariables = Set.copyOf(notVariables);
        variableMethods = Set.copyOf(variableMethods);
        java.util.Objects.requireNonNull(timers, "timers");
    }
}
