package org.innocomplex.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.innocomplex.workflow.api.ProcessDiff.ElementChange;
import org.innocomplex.workflow.api.ProcessDiff.Kind;
import org.junit.jupiter.api.Test;

class BpmnDiffTest {

    static BpmnModel model(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        return new BpmnXMLConverter().convertToBpmnModel(() -> new ByteArrayInputStream(bytes), false, true, "UTF-8");
    }

    static String bundled() throws IOException {
        return Files.readString(Path.of("../../workflows/src/main/resources/workflows/annual-appraisal.bpmn20.xml"));
    }

    @Test
    void the_same_file_has_no_change() throws IOException {
        assertThat(BpmnDiff.compare(model(bundled()), model(bundled()))).isEmpty();
    }

    @Test
    void moving_a_shape_is_no_change() throws IOException {
        String moved = bundled().replace("<omgdc:Bounds x=\"140\" y=\"178\"", "<omgdc:Bounds x=\"150\" y=\"190\"");
        assertThat(moved).isNotEqualTo(bundled());

        assertThat(BpmnDiff.compare(model(bundled()), model(moved))).isEmpty();
    }

    @Test
    void an_inserted_step_is_added_and_the_redirected_flow_changed() throws IOException {
        String before = bundled();
        String after = before.replace(
                        "sourceRef=\"municipalDecision\" targetRef=\"assignExperts\"",
                        "sourceRef=\"municipalDecision\" targetRef=\"provincialReview\"")
                .replace("<userTask id=\"assignExperts\"", """
                        <userTask id="provincialReview" name="省级审核" flowable:formKey="review"
                                  flowable:candidateGroups="province:330000"/>
                        <sequenceFlow id="flow_provincial" sourceRef="provincialReview" targetRef="assignExperts"/>
                        <userTask id="assignExperts\"""");

        List<ElementChange> changes = BpmnDiff.compare(model(before), model(after));

        assertThat(changes)
                .containsExactlyInAnyOrder(
                        new ElementChange(
                                "flow_municipalDecision_approve",
                                "sequenceFlow",
                                "通过",
                                Kind.CHANGED,
                                List.of("target")),
                        new ElementChange("provincialReview", "userTask", "省级审核", Kind.ADDED, List.of()),
                        new ElementChange("flow_provincial", "sequenceFlow", null, Kind.ADDED, List.of()));
    }

    @Test
    void a_removed_step_and_changed_attributes_are_named() throws IOException {
        String before = bundled();
        String after = before.replace("name=\"县级审核\"", "name=\"县级初审\"")
                .replace("flowable:dueDate=\"${vars:get(countyDue)}\"", "flowable:dueDate=\"${vars:get(reportDue)}\"")
                .replace(
                        "${vars:getOrDefault(decisionRemindAt, '9999-12-31T00:00:00Z')}",
                        "${vars:getOrDefault(decisionDue, '9999-12-31T00:00:00Z')}")
                .replace(
                        "<conditionExpression xsi:type=\"tFormalExpression\"><![CDATA[${decision == 'return'}]]></conditionExpression>\n    </sequenceFlow>\n\n    <userTask id=\"municipalReview\"",
                        "<conditionExpression xsi:type=\"tFormalExpression\"><![CDATA[${decision != 'approve'}]]></conditionExpression>\n    </sequenceFlow>\n\n    <userTask id=\"municipalReview\"");

        List<ElementChange> changes = BpmnDiff.compare(model(before), model(after));

        assertThat(changes)
                .contains(
                        new ElementChange("countyReview", "userTask", "县级初审", Kind.CHANGED, List.of("name", "dueDate")),
                        new ElementChange("decision_remind", "boundaryEvent", "提醒", Kind.CHANGED, List.of("timer")),
                        new ElementChange(
                                "flow_countyDecision_return",
                                "sequenceFlow",
                                "退回",
                                Kind.CHANGED,
                                List.of("condition")));

        String without = before.replace("""
                    <boundaryEvent id="decision_remind" name="提醒" attachedToRef="decision" cancelActivity="false">
                      <timerEventDefinition><timeDate>${vars:getOrDefault(decisionRemindAt, '9999-12-31T00:00:00Z')}</timeDate></timerEventDefinition>
                    </boundaryEvent>
                    <sequenceFlow id="flow_decision_remind" sourceRef="decision_remind" targetRef="remind"/>
                """, "");
        assertThat(without).isNotEqualTo(before);
        assertThat(BpmnDiff.compare(model(before), model(without)))
                .extracting(ElementChange::elementId, ElementChange::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("decision_remind", Kind.REMOVED),
                        org.assertj.core.groups.Tuple.tuple("flow_decision_remind", Kind.REMOVED));
    }
}
