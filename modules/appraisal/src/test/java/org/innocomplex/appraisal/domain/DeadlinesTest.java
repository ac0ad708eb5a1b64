package org.innocomplex.appraisal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
    static final java.time.ZoneId LISHUI = java.time.ZoneId.of("Asia/Shanghai");

    @Test
    void aDayEndsAtItsLastSecondInTheCity() {
        // Asia/Shanghai is UTC+8 all year: 23:59:59 local is 15:59:59 UTC
        assertThat(Deadlines.endOfDay(LocalDate.of(2026, 3, 31), LISHUI))
                .isEqualTo(Instant.parse("2026-03-31T15:59:59Z"));
    }

    @Test
    void variablesForEachDatePresentOnly() {
        Map<String, LocalDate> days = new LinkedHashMap<>();
        days.put("report", LocalDate.of(2026, 3, 31));
        days.put("county", null);
        Map<String, Object> vars = Deadlines.variables(days, 3, LISHUI);
        assertThat(vars).containsOnlyKeys("reportDue", "reportRemindAt");
        assertThat(vars.get("reportDue")).isEqualTo(Date.from(Instant.parse("2026-03-31T15:59:59Z")));
        assertThat(vars.get("reportRemindAt")).isEqualTo(Date.from(Instant.parse("2026-03-28T15:59:59Z")));
    }

    @Test
    void zeroDaysRemindsAtTheDueDateNegativeIsRefused() {
        Map<String, Object> vars = Deadlines.variables(Map.of("decision", LocalDate.of(2026, 6, 30)), 0, LISHUI);
        assertThat(vars.get("decisionRemindAt")).isEqualTo(vars.get("decisionDue"));
        assertThatThrownBy(() -> Deadlines.variables(Map.of(), -1, LISHUI))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void routingFollowsTheTasksOwnGroupsOneLevelUp() {
        Appraisal a = new Appraisal(1L, 2L, 42L, "331125", "331100", 2026);
        assertThat(DeadlineRouting.escalation(Set.of("complex:42"), a))
                .map(Object::toString)
                .containsExactly("county:331125");
        assertThat(DeadlineRouting.escalation(Set.of("county:331125"), a))
                .map(Object::toString)
                .containsExactly("municipal:331100");
        assertThat(DeadlineRouting.escalation(Set.of("municipal:331100"), a))
                .map(Object::toString)
                .containsExactly("admin");
        // a step an administrator added for the province, and one for the city by its literal code
        assertThat(DeadlineRouting.escalation(Set.of("province:330000"), a))
                .map(Object::toString)
                .containsExactly("admin");
        assertThat(DeadlineRouting.groups(List.of("province:330000", "no-such-group", "county:33")))
                .map(Object::toString)
                .containsExactly("province:330000");
        // an expert's review is assigned by name: the city chases it
        assertThat(DeadlineRouting.escalation(Set.of(), a))
                .map(Object::toString)
                .containsExactly("municipal:331100");
    }

    @Test
    void notificationArgumentsRoundTripAndFitTheColumn() {
        assertThat(Notification.splitArgs(Notification.joinArgs(List.of("甲", "", "#workflow.step.report"))))
                .containsExactly("甲", "", "#workflow.step.report");
        String joined = Notification.joinArgs(List.of("a".repeat(3000), "b", "c".repeat(1500)));
        assertThat(joined.length()).isLessThanOrEqualTo(2000);
        assertThat(Notification.splitArgs(joined)).hasSize(3).element(1).isEqualTo("b");
        assertThat(Notification.joinArgs(List.of())).isNull();
    }
}
