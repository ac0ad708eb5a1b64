package org.innocomplex.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** BPMN files an administrator might deploy, made from the bundled one, and the test set of bad files. */
public final class WorkflowVariants {
    private WorkflowVariants() {
    }

    public static final String KEY = "annual-appraisal";

    /** bad file name (under bpmn/bad/ in the test archive) → the element its refusal must name (null: the file) */
    public static final String[][] BAD = {
            {"01-script-task", "evil", "workflow.validation.scriptTask"},
            {"02-shell-task", "evil", "workflow.validation.shellTask"},
            {"03-class-delegate", "evil", "workflow.validation.classDelegate"},
            {"04-expression-delegate-bean-method", "evil", "workflow.validation.expressionDelegate"},
            {"05-condition-calls-class", "evilFlow", "workflow.validation.methodCall"},
            {"06-doctype-external-entity", null, "workflow.validation.doctype"},
            {"07-billion-laughs", null, "workflow.validation.doctype"},
            {"08-unknown-form-key", "evil", "workflow.validation.unknownStepType"},
            {"09-no-end-event", "bad-process", "workflow.validation.noEndEvent"},
            {"10-malformed", null, "workflow.validation.notXml"},
            {"11-execution-listener", "evil", "workflow.validation.listener"},
            {"12-task-listener-expression", "evil", "workflow.validation.listener"},
            {"13-candidate-group-outside-scheme", "evil", "workflow.validation.candidateGroup"},
            {"14-delegate-not-allowlisted", "evil", "workflow.validation.delegateNotAllowed"},
            {"15-call-activity", "evil", "workflow.validation.elementNotAllowed"},
            {"16-due-date-engine-object", "evil", "workflow.validation.engineObject"},
            {"17-expression-assignment", "evil", "workflow.validation.expressionOperator"},
            {"18-not-bpmn", null, "workflow.validation.notBpmn"},
            {"19-assignee-class-lookup", "evil", "workflow.validation.methodCall"}};

    public static String resource(String path) {
        try (InputStream in = WorkflowVariants.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The BPMN shipped with the product. */
    public static String bundled() {
        return resource("workflows/annual-appraisal.bpmn20.xml");
    }

    /** A file of about {@code mb} MB: a valid start, then a documentation text that never ends in time. */
    public static String huge(int mb) {
        StringBuilder sb = new StringBuilder(mb * 1024 * 1024 + 200).append(
                "<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><documentation>");
        String filler = "0123456789abcdef".repeat(64);
        while (sb.length() < mb * 1024 * 1024) {
            sb.append(filler);
        }
        return sb.append("</documentation></definitions>").toString();
    }

    /** The bundled process with a new name only: same route, a new version. */
    public static String renamed(String name) {
        return bundled().replace("name=\"年度绩效评价\"", "name=\"" + name + "\"");
    }

    /**
     * The administrator's change of the acceptance test: a provincial review (step type review, candidate group
     * {@code province:<code>}) between the municipal review's approval and the expert assignment; a return goes back
     * to the operator like the others.
     */
    public static String withProvincialReview(String provinceCode) {
        String xml = bundled();
        String approve = "<sequenceFlow id=\"flow_municipalDecision_approve\" name=\"通过\" sourceRef=\"municipalDecision\" targetRef=\"assignExperts\">";
        if (!xml.contains(approve)) {
            throw new IllegalStateException("the bundled BPMN changed; adapt the test variant");
        }
        xml = xml.replace(approve, approve.replace("targetRef=\"assignExperts\"", "targetRef=\"provincialReview\""));
        String step = """
                <userTask id="provincialReview" name="省级审核"
                          flowable:formKey="review"
                          flowable:candidateGroups="province:%s">
                  <extensionElements>
                    <flowable:localization locale="en" name="Provincial review"/>
                  </extensionElements>
                </userTask>
                <sequenceFlow id="flow_provincialReview_provincialDecision" sourceRef="provincialReview" targetRef="provincialDecision"/>
                <exclusiveGateway id="provincialDecision" name="省级审核结果"/>
                <sequenceFlow id="flow_provincialDecision_approve" name="通过" sourceRef="provincialDecision" targetRef="assignExperts">
                  <conditionExpression xsi:type="tFormalExpression"><![CDATA[${decision == 'approve'}]]></conditionExpression>
                </sequenceFlow>
                <sequenceFlow id="flow_provincialDecision_return" name="退回" sourceRef="provincialDecision" targetRef="report">
                  <conditionExpression xsi:type="tFormalExpression"><![CDATA[${decision == 'return'}]]></conditionExpression>
                </sequenceFlow>

                <userTask id="assignExperts\"""".formatted(provinceCode);
        xml = xml.replace("<userTask id=\"assignExperts\"", step);
        String shapes = """
                <bpmndi:BPMNShape id="BPMNShape_provincialReview" bpmnElement="provincialReview">
                  <omgdc:Bounds x="800" y="40" width="120" height="60"/>
                </bpmndi:BPMNShape>
                <bpmndi:BPMNShape id="BPMNShape_provincialDecision" bpmnElement="provincialDecision" isMarkerVisible="true">
                  <omgdc:Bounds x="960" y="50" width="40" height="40"/>
                </bpmndi:BPMNShape>
                </bpmndi:BPMNPlane>""";
        return xml.replace("</bpmndi:BPMNPlane>", shapes);
    }
}
