package org.innocomplex.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionRulesTest {
    private final ExpressionRules rules = new ExpressionRules(
            TestRules.RULES.functions(), TestRules.RULES.notVariables(), TestRules.RULES.variableMethods());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "${decision == 'approve'}",
                "${decision eq 'return' && score > 80}",
                "${vars:get(countyDue)}",
                "${vars:getOrDefault(countyRemindAt, '9999-12-31T00:00:00Z')}",
                "${experts.size() >= 3}",
                "${!empty experts ? 'a' : 'b'}",
                "county:${countyCode}",
                "${a.b.c == 'x}'}",
                "plain text without any expression",
                "${(score + 1) * 2 > 10}"
            })
    void allowed(String text) {
        assertThat(rules.check(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "${''.getClass().forName('java.lang.Runtime')}",
                "${decision.getClass()}",
                "${decision.class.classLoader}",
                "${x['class']}",
                "${deadlineNotifier.execute(execution)}",
                "${execution.setVariable('decision', 'approve')}",
                "${task.setAssignee('x')}",
                "${experts.size().toString()}",
                "${a.b.size()}",
                "${fn:exec('x')}",
                "${exec('x')}",
                "${decision = 'approve'}",
                "${x; y}",
                "${(x -> x)(1)}",
                "${{1, 2}}",
                "${'a' += 'b'}",
                "${decision.hashCode()}",
                "${unclosed"
            })
    void refused(String text) {
        assertThat(rules.check(text)).as(text).isPresent();
    }
}
