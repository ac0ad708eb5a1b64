package org.innocomplex.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.innocomplex.access.api.Violation;
import org.innocomplex.access.api.Violation.Location;
import org.innocomplex.workflow.api.ProcessRules;
import org.innocomplex.workflow.api.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BpmnValidatorTest {
    private final BpmnValidator validator = new BpmnValidator(TestRules.RULES);

    /** a problem of one element, as the validator reports it */
    static Violation atElement(String id, String key, List<Object> args) {
        return new Violation(Location.element(id), key, args);
    }

    /** the element a problem names, or null for a problem of the whole file */
    static String elementOf(Violation p) {
        return p.location() == null ? null : p.location().element();
    }

    static String resource(String name) throws IOException {
        try (var in = BpmnValidatorTest.class.getResourceAsStream("/bpmn/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** file, the element the refusal must name (null: the file as a whole), the reason's key */
    static Stream<Arguments> malicious() {
        return Stream.of(
                Arguments.of("01-script-task", "evil", "workflow.validation.scriptTask"),
                Arguments.of("02-shell-task", "evil", "workflow.validation.shellTask"),
                Arguments.of("03-class-delegate", "evil", "workflow.validation.classDelegate"),
                Arguments.of("04-expression-delegate-bean-method", "evil", "workflow.validation.expressionDelegate"),
                Arguments.of("05-condition-calls-class", "evilFlow", "workflow.validation.methodCall"),
                Arguments.of("06-doctype-external-entity", null, "workflow.validation.doctype"),
                Arguments.of("07-billion-laughs", null, "workflow.validation.doctype"),
                Arguments.of("08-unknown-form-key", "evil", "workflow.validation.unknownStepType"),
                Arguments.of("09-no-end-event", "bad-process", "workflow.validation.noEndEvent"),
                Arguments.of("10-malformed", null, "workflow.validation.notXml"),
                Arguments.of("11-execution-listener", "evil", "workflow.validation.listener"),
                Arguments.of("12-task-listener-expression", "evil", "workflow.validation.listener"),
                Arguments.of("13-candidate-group-outside-scheme", "evil", "workflow.validation.candidateGroup"),
                Arguments.of("14-delegate-not-allowlisted", "evil", "workflow.validation.delegateNotAllowed"),
                Arguments.of("15-call-activity", "evil", "workflow.validation.elementNotAllowed"),
                Arguments.of("16-due-date-engine-object", "evil", "workflow.validation.engineObject"),
                Arguments.of("17-expression-assignment", "evil", "workflow.validation.expressionOperator"),
                Arguments.of("18-not-bpmn", null, "workflow.validation.notBpmn"),
                Arguments.of("19-assignee-class-lookup", "evil", "workflow.validation.methodCall"),
                Arguments.of("20-timer-cycle-without-bound", "evil", "workflow.validation.timerUnbounded"),
                Arguments.of("21-timer-every-second", "evil", "workflow.validation.timerTooOften"),
                Arguments.of("22-timer-cycle-too-many", "evil", "workflow.validation.timerTooMany"),
                Arguments.of("23-timer-date-far-past", "evil", "workflow.validation.timerDateRange"),
                Arguments.of("24-timer-duration-zero", "evil", "workflow.validation.timerDuration"),
                Arguments.of("25-timer-cycle-expression", "evil", "workflow.validation.timerCycleExpression"),
                Arguments.of("26-timer-cron-without-bound", "evil", "workflow.validation.timerUnbounded"),
                Arguments.of("27-timer-date-far-future", "evil", "workflow.validation.timerDateRange"),
                Arguments.of("28-gateway-loop-unreachable-end", "evil", "workflow.validation.busyLoop"),
                Arguments.of("28-gateway-loop-unreachable-end", "end", "workflow.validation.unreachable"),
                Arguments.of("29-gateway-loop-through-subprocess", "evil", "workflow.validation.busyLoop"),
                Arguments.of("30-timer-loop-without-person", "evil", "workflow.validation.timerLoop"),
                Arguments.of("31-boundary-timer-reenters-its-task", "evil", "workflow.validation.timerLoop"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malicious")
    void each_malicious_or_broken_file_is_refused_naming_the_element(String file, String element, String key)
            throws IOException {
        ValidationReport r = validator.validate(resource("bad/" + file + ".bpmn20.xml"));

        assertThat(r.valid()).isFalse();
        assertThat(r.problems()).as(r.problems().toString()).anySatisfy(p -> {
            assertThat(p.key()).isEqualTo(key);
            assertThat(elementOf(p)).isEqualTo(element);
            if (element != null) {
                // the message's first argument names it too, for readers of the translated text
                assertThat(p.args().get(0)).asString().contains(element);
            } else {
                assertThat(p.args()).isNotEmpty();
            }
        });
    }

    @Test
    void the_external_entity_is_never_read() throws IOException {
        ValidationReport r = validator.validate(resource("bad/06-doctype-external-entity.bpmn20.xml"));

        assertThat(r.problems())
                .extracting(Violation::args)
                .flatMap(a -> a)
                .noneMatch(a -> a.toString().contains("root:"));
    }

    @Test
    void a_50_mb_file_is_refused_by_its_size_before_parsing() {
        String head = "<?xml version=\"1.0\"?><definitions xmlns=\"" + BpmnValidator.BPMN_NS + "\"><documentation>";
        StringBuilder sb = new StringBuilder(50 * 1024 * 1024 + 200).append(head);
        String filler = "0123456789abcdef".repeat(64);
        while (sb.length() < 50 * 1024 * 1024) {
            sb.append(filler);
        }
        sb.append("</documentation></definitions>");

        long t0 = System.nanoTime();
        ValidationReport r = validator.validate(sb.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("workflow.validation.tooLarge");
            assertThat(elementOf(p)).isNull();
            assertThat(p.args()).containsExactly(String.valueOf(50 * 1024 + 1), "1024");
        });
        // refused on its length: nothing was encoded or parsed
        assertThat(ms).isLessThan(1000);
    }

    @Test
    void the_bundled_annual_appraisal_passes() throws IOException {
        String xml =
                Files.readString(Path.of("../../workflows/src/main/resources/workflows/annual-appraisal.bpmn20.xml"));

        ValidationReport r = validator.validate(xml);

        assertThat(r.problems()).isEmpty();
        assertThat(r.processKey()).isEqualTo("annual-appraisal");
    }

    @Test
    void a_small_well_formed_process_passes() throws IOException {
        ValidationReport r = validator.validate(resource("good/minimal.bpmn20.xml"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.processKey()).isEqualTo("good-process");
    }

    @Test
    void an_english_task_name_as_an_extension_attribute_element_or_documentation_passes() throws IOException {
        String xml = resource("good/minimal.bpmn20.xml")
                .replace(
                        "<userTask id=\"evil\" name=\"县级审核\"",
                        "<userTask id=\"evil\" name=\"县级审核\" flowable:nameEn=\"County review\"")
                .replace(
                        "flowable:dueDate=\"${vars:get(countyDue)}\"/>",
                        "flowable:dueDate=\"${vars:get(countyDue)}\"><documentation>County review</documentation>"
                                + "<extensionElements><flowable:nameEn>County review</flowable:nameEn></extensionElements>"
                                + "</userTask>");
        assertThat(xml).contains("flowable:nameEn=").contains("<documentation>");

        assertThat(validator.validate(xml).problems()).isEmpty();
    }

    @Test
    void several_problems_are_all_listed() throws IOException {
        String xml = resource("good/minimal.bpmn20.xml")
                .replace("flowable:formKey=\"review\"", "flowable:formKey=\"nope\"")
                .replace("county:${countyCode}", "everyone");

        ValidationReport r = validator.validate(xml);

        assertThat(r.problems())
                .extracting(Violation::key)
                .contains("workflow.validation.unknownStepType", "workflow.validation.candidateGroup");
    }

    // --- timers: what the product needs stays allowed, what would fire too often, too long or for ever is refused

    /** 15 January 2026, midnight UTC: the dates below are reckoned from it */
    static final Instant NOW = Instant.parse("2026-01-15T00:00:00Z");

    private final BpmnValidator onTheFifteenth = new BpmnValidator(TestRules.RULES, Clock.fixed(NOW, ZoneOffset.UTC));

    /** The small process with a reminder on its review: a non-interrupting boundary timer leading to the delegate. */
    static String withTimer(String definition) throws IOException {
        return resource("good/minimal.bpmn20.xml").replace("<endEvent id=\"end\"/>", """
                <endEvent id="end"/>
                <boundaryEvent id="timer" name="提醒" attachedToRef="evil" cancelActivity="false">
                  <timerEventDefinition>%s</timerEventDefinition>
                </boundaryEvent>
                <sequenceFlow id="f4" sourceRef="timer" targetRef="remind"/>
                <serviceTask id="remind" flowable:delegateExpression="${deadlineNotifier}"/>
                <sequenceFlow id="f5" sourceRef="remind" targetRef="remindEnd"/>
                <endEvent id="remindEnd"/>""".formatted(definition));
    }

    private List<Violation> timerProblems(String definition) throws IOException {
        return onTheFifteenth.validate(withTimer(definition)).problems();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the modeler's reminder and escalation: a date from the cycle, or never
            <timeDate>${vars:getOrDefault(evilRemindAt, '9999-12-31T00:00:00Z')}</timeDate>
            <timeDate>${vars:getOrDefault(evilDue, '9999-12-31T00:00:00Z')}</timeDate>
            # the same typed as a literal date, a duration from now, or a due date as the bundled BPMN's tasks have it
            <timeDate>2026-03-31T00:00:00+08:00</timeDate>
            <timeDate>2026-03-31</timeDate>
            <timeDate>P3D</timeDate>
            <timeDuration>P3D</timeDuration>
            <timeDuration>${vars:get(reminderDelay)}</timeDuration>
            # bounded repeating reminders: a count, an end of the cycle, or an end date
            <timeCycle>R3/P1D</timeCycle>
            <timeCycle>R100/PT1H</timeCycle>
            <timeCycle>R/P1D/2026-02-01T00:00:00Z</timeCycle>
            <timeCycle>R5/2026-02-01T09:00:00Z/P7D</timeCycle>
            <timeCycle flowable:endDate="2026-03-01T00:00:00Z">R/P1D</timeCycle>
            <timeCycle flowable:endDate="2026-04-15T00:00:00Z">0 0 9 ? * MON</timeCycle>
            """)
    void a_timer_the_product_or_an_administrator_sensibly_uses_passes(String definition) throws IOException {
        assertThat(timerProblems(definition)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # the probe's timer: every second, for ever
            <timeCycle>R/PT1S</timeCycle>                                               | timerTooOften
            <timeCycle>R/PT1S</timeCycle>                                               | timerUnbounded
            <timeCycle>R/P1D</timeCycle>                                                | timerUnbounded
            <timeCycle>R3/PT59M</timeCycle>                                             | timerTooOften
            <timeCycle>R3/PT0S</timeCycle>                                              | timerDuration
            <timeCycle>R3/P800D</timeCycle>                                             | timerDuration
            <timeCycle>R101/P1D</timeCycle>                                             | timerTooMany
            <timeCycle flowable:endDate="2027-01-15T00:00:00Z">R/P1D</timeCycle>        | timerTooMany
            <timeCycle>R0/P1D</timeCycle>                                               | timerSyntax
            <timeCycle>Rx/P1D</timeCycle>                                               | timerSyntax
            <timeCycle>R3/2020-01-01T00:00:00Z/P1D</timeCycle>                          | timerDateRange
            <timeCycle flowable:endDate="2099-01-01T00:00:00Z">R/P1D</timeCycle>        | timerDateRange
            # a cron repeats until its end date: without one for ever; too often, or too many times before it
            <timeCycle>0 0 9 * * ?</timeCycle>                                          | timerUnbounded
            <timeCycle flowable:endDate="2026-01-16T00:00:00Z">* * * * * ?</timeCycle>  | timerTooOften
            <timeCycle flowable:endDate="2026-06-01T00:00:00Z">0 0 9 * * ?</timeCycle>  | timerTooMany
            <timeCycle>0 0 9 1 * ? 2026</timeCycle>                                     | timerUnbounded
            <timeCycle flowable:endDate="2026-06-01T00:00:00Z">0 0 9 1 1 ? 2020</timeCycle> | timerNever
            <timeCycle>every day</timeCycle>                                            | timerSyntax
            # what repeats must be written out, so that its bound can be read
            <timeCycle>${vars:get(reminderCycle)}</timeCycle>                           | timerCycleExpression
            <timeCycle flowable:endDate="${vars:get(end)}">R3/P1D</timeCycle>           | timerCycleExpression
            <timeDuration>PT0S</timeDuration>                                           | timerDuration
            <timeDuration>-PT1H</timeDuration>                                          | timerDuration
            <timeDuration>P10Y</timeDuration>                                           | timerDuration
            <timeDuration>soon</timeDuration>                                           | timerSyntax
            <timeDate>1970-01-01T00:00:00Z</timeDate>                                   | timerDateRange
            <timeDate>2026-01-14T23:59:59Z</timeDate>                                   | timerDateRange
            <timeDate>9999-12-31T00:00:00Z</timeDate>                                   | timerDateRange
            <timeDate>P0D</timeDate>                                                    | timerDuration
            # the modeler's panel writes what is typed as a date: a cycle there cannot be read
            <timeDate>R/PT1S</timeDate>                                                 | timerSyntax
            ''                                                                          | timerMissing
            """)
    void a_timer_that_fires_too_often_without_bound_or_out_of_time_is_refused_naming_it(String definition, String key)
            throws IOException {
        List<Violation> problems = timerProblems(definition);

        assertThat(problems).as(problems.toString()).anySatisfy(p -> {
            assertThat(p.key()).isEqualTo("workflow.validation." + key);
            assertThat(elementOf(p)).isEqualTo("timer");
            assertThat(p.args().get(0)).isEqualTo("提醒 (timer)");
        });
    }

    @Test
    void a_business_calendar_is_refused() throws IOException {
        String xml = withTimer("<timeDate>P3D</timeDate>")
                .replace("<timerEventDefinition>", "<timerEventDefinition flowable:businessCalendarName=\"cycle\">");

        assertThat(onTheFifteenth.validate(xml).problems())
                .extracting(Violation::key)
                .containsExactly("workflow.validation.timerCalendar");
    }

    @Test
    void the_refusal_says_the_bounds() throws IOException {
        assertThat(timerProblems("<timeCycle>R/PT1S</timeCycle>"))
                .extracting(Violation::args)
                .contains(List.of("提醒 (timer)", "R/PT1S", "PT1S", "PT1H"), List.of("提醒 (timer)", "R/PT1S"));
        assertThat(timerProblems("<timeDate>2000-01-01T00:00:00Z</timeDate>"))
                .extracting(Violation::args)
                .containsExactly(List.of("提醒 (timer)", "2000-01-01T00:00:00Z", "2026-01-15", "2028-01-16"));
        assertThat(timerProblems("<timeCycle>R500/PT2H</timeCycle>"))
                .extracting(Violation::args)
                .containsExactly(List.of("提醒 (timer)", "R500/PT2H", "500", "100"));
    }

    @Test
    void the_bounds_come_from_the_rules() throws IOException {
        var rules = TestRules.RULES;
        var strict = new ProcessRules(
                rules.stepTypes(),
                rules.candidateGroups(),
                rules.assignees(),
                rules.delegateExpressions(),
                rules.functions(),
                rules.notVariables(),
                rules.variableMethods(),
                rules.maxBytes(),
                rules.maxElements(),
                new ProcessRules.Timers(java.time.Duration.ofDays(2), 2, java.time.Duration.ofDays(30)));
        BpmnValidator v = new BpmnValidator(strict, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(v.validate(withTimer("<timeCycle>R2/P2D</timeCycle>")).problems())
                .isEmpty();
        assertThat(v.validate(withTimer("<timeCycle>R2/P1D</timeCycle>")).problems())
                .extracting(Violation::key)
                .containsExactly("workflow.validation.timerTooOften");
        assertThat(v.validate(withTimer("<timeCycle>R3/P2D</timeCycle>")).problems())
                .extracting(Violation::key)
                .containsExactly("workflow.validation.timerTooMany");
        assertThat(v.validate(withTimer("<timeDuration>P31D</timeDuration>")).problems())
                .extracting(Violation::key)
                .containsExactly("workflow.validation.timerDuration");
    }

    // --- the shape of the flow

    @Test
    void a_loop_through_a_user_task_passes_and_so_do_the_bundled_returns() throws IOException {
        String xml = resource("good/minimal.bpmn20.xml")
                .replace("<sequenceFlow id=\"f3\" sourceRef=\"evil\" targetRef=\"end\"/>", """
                <sequenceFlow id="f3" sourceRef="evil" targetRef="decided"/>
                <exclusiveGateway id="decided"/>
                <sequenceFlow id="approve" sourceRef="decided" targetRef="end">
                  <conditionExpression xsi:type="tFormalExpression">${decision == 'approve'}</conditionExpression>
                </sequenceFlow>
                <sequenceFlow id="return" sourceRef="decided" targetRef="report">
                  <conditionExpression xsi:type="tFormalExpression">${decision == 'return'}</conditionExpression>
                </sequenceFlow>""");

        assertThat(validator.validate(xml).problems()).isEmpty();
    }

    @Test
    void a_loop_through_a_task_with_several_instances_alone_does_not_wait_for_anyone() throws IOException {
        String xml = resource("bad/28-gateway-loop-unreachable-end.bpmn20.xml")
                .replace("<sequenceFlow id=\"f3\" sourceRef=\"again\" targetRef=\"evil\"/>", """
                <sequenceFlow id="f3" sourceRef="again" targetRef="experts"/>
                <userTask id="experts" flowable:formKey="expert-review" flowable:assignee="${expert}">
                  <multiInstanceLoopCharacteristics isSequential="false" flowable:collection="experts"
                                                    flowable:elementVariable="expert"/>
                </userTask>
                <sequenceFlow id="f4" sourceRef="experts" targetRef="evil"/>
                <sequenceFlow id="f5" sourceRef="evil" targetRef="end">
                  <conditionExpression xsi:type="tFormalExpression">${decision == 'done'}</conditionExpression>
                </sequenceFlow>""");

        assertThat(validator.validate(xml).problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("workflow.validation.busyLoop");
            assertThat(elementOf(p)).isEqualTo("evil");
            assertThat(p.args()).containsExactly("循环 (evil)", "evil → again → experts → evil");
        });
    }

    @Test
    void the_probes_loop_names_the_loop_and_the_end_nobody_reaches() throws IOException {
        ValidationReport r = validator.validate(resource("bad/28-gateway-loop-unreachable-end.bpmn20.xml"));

        assertThat(r.problems())
                .contains(
                        atElement("evil", "workflow.validation.busyLoop", List.of("循环 (evil)", "evil → again → evil")),
                        atElement("end", "workflow.validation.unreachable", List.of("end")),
                        atElement("again", "workflow.validation.noWayToEnd", List.of("再来 (again)")));
    }

    @Test
    void a_loop_through_a_sub_process_is_followed_inside_it() throws IOException {
        ValidationReport r = validator.validate(resource("bad/29-gateway-loop-through-subprocess.bpmn20.xml"));

        assertThat(r.problems())
                .singleElement()
                .isEqualTo(atElement(
                        "evil",
                        "workflow.validation.busyLoop",
                        List.of("循环 (evil)", "evil → sub → subStart → subGateway → subEnd → sub → evil")));
    }

    @Test
    void a_sub_process_with_a_user_task_inside_makes_its_loop_wait() throws IOException {
        String xml = resource("bad/29-gateway-loop-through-subprocess.bpmn20.xml")
                .replace("<sequenceFlow id=\"s2\" sourceRef=\"subGateway\" targetRef=\"subEnd\"/>", """
                <sequenceFlow id="s2" sourceRef="subGateway" targetRef="again"/>
                <userTask id="again" flowable:formKey="review" flowable:candidateGroups="county:${countyCode}"/>
                <sequenceFlow id="s3" sourceRef="again" targetRef="subEnd"/>""");

        assertThat(validator.validate(xml).problems()).isEmpty();
    }

    @Test
    void an_element_nothing_leads_to_or_that_leads_nowhere_is_named() throws IOException {
        String xml = resource("good/minimal.bpmn20.xml").replace("<endEvent id=\"end\"/>", """
                <endEvent id="end"/>
                <userTask id="island" name="孤岛" flowable:formKey="review" flowable:candidateGroups="county:${countyCode}"/>
                <sequenceFlow id="f9" sourceRef="island" targetRef="end"/>
                <exclusiveGateway id="circle" name="兜圈"/>
                <sequenceFlow id="f10" sourceRef="report" targetRef="circle"/>
                <sequenceFlow id="f11" sourceRef="circle" targetRef="waiting"/>
                <userTask id="waiting" flowable:formKey="review" flowable:candidateGroups="county:${countyCode}"/>
                <sequenceFlow id="f12" sourceRef="waiting" targetRef="circle"/>""");

        assertThat(validator.validate(xml).problems())
                .containsExactlyInAnyOrder(
                        atElement("island", "workflow.validation.unreachable", List.of("孤岛 (island)")),
                        atElement("circle", "workflow.validation.noWayToEnd", List.of("兜圈 (circle)")),
                        atElement("waiting", "workflow.validation.noWayToEnd", List.of("waiting")));
    }

    @Test
    void a_process_with_more_elements_than_allowed_is_refused_before_flowable_reads_it() throws IOException {
        var rules = TestRules.RULES;
        var small = new ProcessRules(
                rules.stepTypes(),
                rules.candidateGroups(),
                rules.assignees(),
                rules.delegateExpressions(),
                rules.functions(),
                rules.notVariables(),
                rules.variableMethods(),
                rules.maxBytes(),
                6,
                rules.timers());

        // start, report, evil, end and three flows
        assertThat(new BpmnValidator(small)
                        .validate(resource("good/minimal.bpmn20.xml"))
                        .problems())
                .containsExactly(atElement(
                        "good-process", "workflow.validation.tooManyElements", List.of("good-process", "7", "6")));
    }
}
