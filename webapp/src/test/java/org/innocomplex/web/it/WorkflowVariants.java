package org.innocomplex.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** BPMN files an administrator might deploy, made from the bundled one, and the test set of bad files. */
public final class WorkflowVariants {
    private WorkflowVariants() {}

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
        {"19-assignee-class-lookup", "evil", "workflow.validation.methodCall"},
        {"20-timer-cycle-without-bound", "evil", "workflow.validation.timerUnbounded"},
        {"21-timer-every-second", "evil", "workflow.validation.timerTooOften"},
        {"22-timer-cycle-too-many", "evil", "workflow.validation.timerTooMany"},
        {"23-timer-date-far-past", "evil", "workflow.validation.timerDateRange"},
        {"24-timer-duration-zero", "evil", "workflow.validation.timerDuration"},
        {"25-timer-cycle-expression", "evil", "workflow.validation.timerCycleExpression"},
        {"26-timer-cron-without-bound", "evil", "workflow.validation.timerUnbounded"},
        {"27-timer-date-far-future", "evil", "workflow.validation.timerDateRange"},
        {"28-gateway-loop-unreachable-end", "evil", "workflow.validation.busyLoop"},
        {"29-gateway-loop-through-subprocess", "evil", "workflow.validation.busyLoop"},
        {"30-timer-loop-without-person", "evil", "workflow.validation.timerLoop"},
        {"31-boundary-timer-reenters-its-task", "evil", "workflow.validation.timerLoop"}
    };

    /** The size limit the product has by default ({@code innocomplex.workflow.max-bytes}). */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

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
        StringBuilder sb = new StringBuilder(mb * 1024 * 1024 + 200)
                .append(
                        "<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><documentation>");
        String filler = "0123456789abcdef".repeat(64);
        while (sb.length() < mb * 1024 * 1024) {
            sb.append(filler);
        }
        return sb.append("</documentation></definitions>").toString();
    }

    /**
     * The file padded to about {@code bytes} UTF-8 bytes with a Chinese documentation of its process (three bytes a
     * character, nine once url-encoded: what a form field would inflate most).
     */
    public static String padded(String xml, int bytes) {
        int at = xml.indexOf('>', xml.indexOf("<process ")) + 1;
        String filler = "年度绩效评价的说明文字，供管理员阅读。".repeat(100);
        int fillerBytes = filler.getBytes(StandardCharsets.UTF_8).length;
        int have = xml.getBytes(StandardCharsets.UTF_8).length + "<documentation></documentation>".length();
        StringBuilder doc = new StringBuilder(bytes / 3 + 100).append("<documentation>");
        while (have + fillerBytes <= bytes) {
            doc.append(filler);
            have += fillerBytes;
        }
        return xml.substring(0, at) + doc.append("</documentation>") + xml.substring(at);
    }

    /**
     * The bundled route under another key with a script task ({@code evil}, drawn on the diagram so that the modeler
     * shows and keeps it) after the decision: a hostile design, padded to about {@code bytes}.
     */
    public static String bundledWithScriptTask(String key, int bytes) {
        String xml = bundled().replace("id=\"annual-appraisal\"", "id=\"" + key + "\"");
        String toEnd = "<sequenceFlow id=\"flow_decision_end\" sourceRef=\"decision\" targetRef=\"end\"/>";
        if (!xml.contains(toEnd)) {
            throw new IllegalStateException("the bundled BPMN changed; adapt the test variant");
        }
        xml = xml.replace(toEnd, """
                <sequenceFlow id="flow_decision_end" sourceRef="decision" targetRef="evil"/>
                <scriptTask id="evil" name="脚本" scriptFormat="groovy"><script>"rm -rf /".execute()</script></scriptTask>
                <sequenceFlow id="flow_evil_end" sourceRef="evil" targetRef="end"/>""");
        xml = xml.replace("</bpmndi:BPMNPlane>", """
                <bpmndi:BPMNShape id="BPMNShape_evil" bpmnElement="evil">
                  <omgdc:Bounds x="1500" y="320" width="100" height="60"/>
                </bpmndi:BPMNShape>
                </bpmndi:BPMNPlane>""");
        return padded(xml, bytes);
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
        String approve =
                "<sequenceFlow id=\"flow_municipalDecision_approve\" name=\"通过\" sourceRef=\"municipalDecision\" targetRef=\"assignExperts\">";
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

    /**
     * {@link #withProvincialReview} whose provincial review has deadline timers like the bundled steps (on the
     * municipal review's dates, since the cycle has none of its own for it): as an administrator would draw it.
     */
    public static String withProvincialReviewAndDeadlines(String provinceCode) {
        String timers = """
                <boundaryEvent id="provincialReview_remind" name="提醒" attachedToRef="provincialReview" cancelActivity="false">
                  <timerEventDefinition><timeDate>${vars:getOrDefault(municipalRemindAt, '9999-12-31T00:00:00Z')}</timeDate></timerEventDefinition>
                </boundaryEvent>
                <sequenceFlow id="flow_provincialReview_remind" sourceRef="provincialReview_remind" targetRef="remind"/>
                <boundaryEvent id="provincialReview_escalate" name="逾期" attachedToRef="provincialReview" cancelActivity="false">
                  <timerEventDefinition><timeDate>${vars:getOrDefault(municipalDue, '9999-12-31T00:00:00Z')}</timeDate></timerEventDefinition>
                </boundaryEvent>
                <sequenceFlow id="flow_provincialReview_escalate" sourceRef="provincialReview_escalate" targetRef="escalate"/>
                <serviceTask id="remind\"""";
        return withProvincialReview(provinceCode).replace("<serviceTask id=\"remind\"", timers);
    }
}
