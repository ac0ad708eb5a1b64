package org.innocomplex.appraisal.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.innocomplex.access.api.CandidateGroup;

/**
 * Who hears about a step's deadline, from the open task itself rather than from the step's id, so that a step an
 * administrator added is routed like the bundled ones: the task's assignee, or else its candidate groups, are
 * reminded; when it is overdue each group's {@link CandidateGroup#escalation next level up} is told. A task given to
 * one person with no group (an expert's review, a reassigned task) is the municipal bureau's to chase.
 */
public final class DeadlineRouting {

    private DeadlineRouting() {}

    /** The groups of the scheme among a task's candidate groups; anything else reaches nobody. */
    public static Set<CandidateGroup> groups(Collection<String> candidateGroups) {
        Set<CandidateGroup> groups = new LinkedHashSet<>();
        candidateGroups.forEach(g -> CandidateGroup.parse(g).ifPresent(groups::add));
        return groups;
    }

    public static Set<CandidateGroup> escalation(Collection<String> candidateGroups, Appraisal a) {
        Set<CandidateGroup> groups = groups(candidateGroups);
        Set<CandidateGroup> up = new LinkedHashSet<>();
        if (groups.isEmpty()) {
            up.add(CandidateGroup.municipal(a.cityCode()));
        }
        groups.forEach(g -> up.add(g.escalation(a.countyCode(), a.cityCode())));
        return up;
    }
}
