package org.innocomplex.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.innocomplex.workflow.api.ValidationProblem;
import org.innocomplex.workflow.api.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BpmnValidatorTest {
    private final BpmnValidator validator = new BpmnValidator(TestRules.RULES);

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
                Arguments.of("19-assignee-class-lookup", "evil", "workflow.validation.methodCall"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malicious")
    void each_malicious_or_broken_file_is_refused_naming_the_element(String file, String element, String key)
            throws IOException {
        ValidationReport r = validator.validate(resource("bad/" + file + ".bpmn20.xml"));

        assertThat(r.valid()).isFalse();
        assertThat(r.problems()).as(r.problems().toString())
                .anySatisfy(p -> {
                    assertThat(p.key()).isEqualTo(key);
                    assertThat(p.elementId()).isEqualTo(element);
                    if (element != null) {
                        // the message's first argument names it too, for readers of the translated text
                        assertThat(p.args().get(0)).contains(element);
                    } else {
                        assertThat(p.args()).isNotEmpty();
                    }
                });
    }

    @Test
    void the_external_entity_is_never_read() throws IOException {
        ValidationReport r = validator.validate(resource("bad/06-doctype-external-entity.bpmn20.xml"));

        assertThat(r.problems()).extracting(ValidationProblem::args).flatMap(a -> a)
                .noneMatch(a -> a.contains("root:"));
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
            assertThat(p.elementId()).isNull();
            assertThat(p.args()).containsExactly(String.valueOf(50 * 1024 + 1), "1024");
        });
        // refused on its length: nothing was encoded or parsed
        assertThat(ms).isLessThan(1000);
    }

    @Test
    void the_bundled_annual_appraisal_passes() throws IOException {
        String xml = Files.readString(
                Path.of("../../workflows/src/main/resources/workflows/annual-appraisal.bpmn20.xml"));

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
        String xml = resource("good/minimal.bpmn20.xml").replace(
                "<userTask id=\"evil\" name=\"县级审核\"",
                "<userTask id=\"evil\" name=\"县级审核\" flowable:nameEn=\"County review\"").replace(
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

        assertThat(r.problems()).extracting(ValidationProblem::key)
                .contains("workflow.validation.unknownStepType", "workflow.validation.candidateGroup");
    }
}
