package org.innocomplex.appraisal.domain;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.innocomplex.access.api.CandidateGroup;
import org.innocomplex.workflow.api.ProcessRules;

/**
 * The appraisal's rules for an administrator's BPMN: only the step types it has handlers for; candidate groups by the
 * scheme of {@code CandidateGroup} (a complex, a county, the city by the process variable, or a county, city or
 * province by its literal six-digit code, e.g. {@code province:330000}; no variable carries the province, so a
 * literal also suits instances started before a provincial step existed); assignees as a process variable (the experts' multi-instance {@code ${expert}}) or a
 * literal username; the one delegate {@code ${deadlineNotifier}}; EL calls only to the variable functions and to a
 * few read-only methods of a process variable; at most {@link #MAX_ELEMENTS} elements; the size and the timers' bounds
 * from configuration ({@code DefaultProcessAdministrationService}).
 */
public final class AppraisalProcessRules {
    /**
     * Default of {@code innocomplex.workflow.max-bytes}: room for a process many times the bundled one (~25 KB) with
     * long documentation, small enough to read in one request.
     */
    public static final int DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

    /** Forty times the bundled process's 51 elements; Flowable's own checks of 2,000 take well under a second. */
    public static final int MAX_ELEMENTS = 2000;

    private AppraisalProcessRules() {}

    /**
     * A group for the appraisal at hand by its process variable ({@code county:${countyCode}}), or an area by its
     * literal six-digit code.
     */
    static List<Pattern> groupPatterns() {
        List<Pattern> patterns = new java.util.ArrayList<>();
        java.util.StringJoiner areas = new java.util.StringJoiner("|", "(", "):\\d{6}");
        for (CandidateGroup.Kind k : CandidateGroup.Kind.values()) {
            k.expression().ifPresent(e -> patterns.add(Pattern.compile(Pattern.quote(e))));
            if (k != CandidateGroup.Kind.COMPLEX && k != CandidateGroup.Kind.ADMIN) {
                areas.add(k.prefix());
            }
        }
        patterns.add(Pattern.compile(areas.toString()));
        return List.copyOf(patterns);
    }

    public static ProcessRules of(Set<String> stepTypes, int maxBytes, ProcessRules.Timers timers) {
        return new ProcessRules(
                stepTypes,
                groupPatterns(),
                List.of(
                        Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}"),
                        Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}")),
                Set.of("${deadlineNotifier}"),
                Set.of(
                        "vars:get",
                        "vars:getOrDefault",
                        "variables:get",
                        "variables:getOrDefault",
                        "var:get",
                        "var:getOrDefault",
                        "vars:exists",
                        "variables:exists"),
                // the engine's implicit objects and the one bean: reachable from EL, but not process variables
                Set.of(
                        "execution",
                        "task",
                        "variableContainer",
                        "authenticatedUserId",
                        "processEngineConfiguration",
                        "deadlineNotifier"),
                Set.of("size", "isEmpty", "contains", "equals", "length", "startsWith", "endsWith"),
                maxBytes,
                MAX_ELEMENTS,
                timers);
    }
}
