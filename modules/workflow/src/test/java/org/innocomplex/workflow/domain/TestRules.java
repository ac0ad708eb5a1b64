package org.innocomplex.workflow.domain;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.innocomplex.workflow.api.ProcessRules;

/** Rules shaped like the appraisal's (which builds its own in the appraisal module). */
final class TestRules {
    private TestRules() {}

    static final ProcessRules RULES = new ProcessRules(
            Set.of("report", "review", "assign-experts", "expert-review", "decision"),
            List.of(
                    Pattern.compile("complex:\\$\\{complexId\\}"),
                    Pattern.compile("county:\\$\\{countyCode\\}"),
                    Pattern.compile("municipal:\\$\\{cityCode\\}"),
                    Pattern.compile("province:\\$\\{provinceCode\\}"),
                    Pattern.compile("(county|municipal|province):\\d{6}")),
            List.of(Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}"), Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}")),
            Set.of("${deadlineNotifier}"),
            Set.of("vars:get", "vars:getOrDefault", "variables:get", "variables:getOrDefault", "vars:exists"),
            Set.of("execution", "task", "deadlineNotifier", "processEngineConfiguration", "variableContainer"),
            Set.of("size", "isEmpty", "contains", "equals", "length", "startsWith", "endsWith"),
            1024 * 1024,
            20_000,
            new ProcessRules.Timers(Duration.ofHours(1), 100, Duration.ofDays(731)));
}
