package org.innocomplex.workflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BaseElement;
import org.flowable.bpmn.model.BpmnModel;
import org.junit.jupiter.api.Test;

class StepOrderTest {

    static BpmnModel model(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        return new BpmnXMLConverter().convertToBpmnModel(() -> new ByteArrayInputStream(bytes), false, true, "UTF-8");
    }

    static String bundled() throws IOException {
        return Files.readString(Path.of("../../workflows/src/main/resources/workflows/annual-appraisal.bpmn20.xml"));
    }

    @Test
    void the_bundled_steps_come_in_the_order_a_report_meets_them() throws IOException {
        assertThat(StepOrder.userTasks(model(bundled()).getMainProcess()))
                .map(BaseElement::getId)
                .containsExactly(
                        "report", "countyReview", "municipalReview", "assignExperts", "expertReview", "decision");
    }

    @Test
    void a_step_written_at_the_end_of_the_file_stands_where_the_flows_put_it() throws IOException {
        String approve = "targetRef=\"assignExperts\"";
        String xml = bundled();
        int first = xml.indexOf("sourceRef=\"municipalDecision\" " + approve);
        assertThat(first).isPositive();
        xml = xml.substring(0, first) + "sourceRef=\"municipalDecision\" targetRef=\"provincialReview\""
                + xml.substring(first + ("sourceRef=\"municipalDecision\" " + approve).length());
        xml = xml.replace("</process>", """
                <userTask id="provincialReview" name="省级审核" flowable:formKey="review"
                          flowable:candidateGroups="province:330000"/>
                <sequenceFlow id="flow_provincial" sourceRef="provincialReview" targetRef="assignExperts"/>
                <userTask id="zUnreached" name="孤立" flowable:formKey="review"
                          flowable:candidateGroups="province:330000"/>
                </process>""");
        assertThat(StepOrder.userTasks(model(xml).getMainProcess()))
                .map(BaseElement::getId)
                .containsExactly(
                        "report",
                        "countyReview",
                        "municipalReview",
                        "provincialReview",
                        "assignExperts",
                        "expertReview",
                        "decision",
                        "zUnreached");
    }
}
