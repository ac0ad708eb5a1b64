package org.innocomplex.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.MultiInstanceLoopCharacteristics;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;
import org.flowable.validation.ProcessValidator;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The definition itself: it deploys, validates, has the agreed ids, and carries a diagram. */
class AnnualAppraisalDefinitionTest extends FlowableProcessTestSupport {

    private static final List<String> MAIN_PATH = List.of(
            "start",
            "report",
            "countyReview",
            "countyDecision",
            "municipalReview",
            "municipalDecision",
            "assignExperts",
            "expertReview",
            "decision",
            "end");

    private static final List<String> USER_TASKS =
            List.of("report", "countyReview", "municipalReview", "assignExperts", "expertReview", "decision");

    private BpmnModel deployedModel() {
        return repositoryService.getBpmnModel(processDefinition.getId());
    }

    @Test
    @DisplayName("deploys as annual-appraisal 年度绩效评价 in the InnoComplex namespace")
    void deploys() {
        assertThat(processDefinition.getKey()).isEqualTo("annual-appraisal");
        assertThat(processDefinition.getName()).isEqualTo("年度绩效评价");
        assertThat(processDefinition.getResourceName()).isEqualTo(RESOURCE);
        assertThat(processDefinition.getCategory()).isEqualTo("http://innocomplex.org/workflows");
        assertThat(processDefinition.hasGraphicalNotation()).isTrue();
        assertThat(processDefinition.isSuspended()).isFalse();
        assertThat(deployedModel().getTargetNamespace()).isEqualTo("http://innocomplex.org/workflows");
    }

    @Test
    @DisplayName("passes the XSD and Flowable's default validator without errors or warnings")
    void validates() throws Exception {
        BpmnModel parsed;
        try (InputStream ignored = resource()) {
            // schema validation on, safe (XXE-hardened) parsing on
            parsed = new BpmnXMLConverter().convertToBpmnModel(this::resource, true, true);
        }
        ProcessValidator validator = new ProcessValidatorFactory().createDefaultProcessValidator();

        List<ValidationError> onParsed = validator.validate(parsed);
        List<ValidationError> onDeployed = validator.validate(deployedModel());

        assertThat(onParsed).as("validation of the classpath resource").isEmpty();
        assertThat(onDeployed).as("validation of the deployed model").isEmpty();
    }

    @Test
    @DisplayName("has every agreed element id, with the agreed types, names, forms and groups")
    void elements() {
        Process process = deployedModel().getProcessById(PROCESS_KEY);
        assertThat(process).isNotNull();
        assertThat(process.isExecutable()).isTrue();

        assertThat(process.getFlowElement("start")).isInstanceOf(StartEvent.class);
        assertThat(process.getFlowElement("end")).isInstanceOf(EndEvent.class);
        assertThat(process.getFlowElement("countyDecision")).isInstanceOf(ExclusiveGateway.class);
        assertThat(process.getFlowElement("municipalDecision")).isInstanceOf(ExclusiveGateway.class);

        assertUserTask(process, "report", "填报年度报告", "report", "complex:${complexId}");
        assertUserTask(process, "countyReview", "县级审核", "review", "county:${countyCode}");
        assertUserTask(process, "municipalReview", "市级审核", "review", "municipal:${cityCode}");
        assertUserTask(process, "assignExperts", "指派专家", "assign-experts", "municipal:${cityCode}");
        assertUserTask(process, "decision", "评定等级", "decision", "municipal:${cityCode}");

        UserTask expertReview = (UserTask) process.getFlowElement("expertReview");
        assertThat(expertReview.getName()).isEqualTo("专家评审");
        assertThat(expertReview.getFormKey()).isEqualTo("expert-review");
        assertThat(expertReview.getAssignee()).isEqualTo("${expert}");
        assertThat(expertReview.getCandidateGroups()).isEmpty();
        MultiInstanceLoopCharacteristics loop = expertReview.getLoopCharacteristics();
        assertThat(loop).isNotNull();
        assertThat(loop.isSequential()).isFalse();
        assertThat(loop.getInputDataItem()).isEqualTo("experts");
        assertThat(loop.getElementVariable()).isEqualTo("expert");

        // only the ten main nodes, the deadline timers and their two service tasks: no scripts or others
        List<FlowElement> nodes = process.getFlowElements().stream()
                .filter(e -> !(e instanceof SequenceFlow))
                .toList();
        List<String> expected = new java.util.ArrayList<>(MAIN_PATH);
        for (String task : USER_TASKS) {
            expected.add(task + "_remind");
            expected.add(task + "_escalate");
        }
        expected.addAll(List.of("remind", "remindEnd", "escalate", "escalateEnd"));
        assertThat(nodes).extracting(FlowElement::getId).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(process.getFlowElements()).allSatisfy(e -> {
            assertThat(e.getId()).as("every element has an id").isNotBlank();
            assertThat(e.getExecutionListeners())
                    .as("execution listeners on %s", e.getId())
                    .isEmpty();
        });
        assertThat(process.getExecutionListeners()).isEmpty();
        assertThat(process.findFlowElementsOfType(UserTask.class))
                .allSatisfy(t -> assertThat(t.getTaskListeners())
                        .as("task listeners on %s", t.getId())
                        .isEmpty());
    }

    @Test
    @DisplayName("routes: one flow per step, approve/return conditions on both gateways")
    void sequenceFlows() {
        Process process = deployedModel().getProcessById(PROCESS_KEY);
        Map<String, SequenceFlow> flows = process.findFlowElementsOfType(SequenceFlow.class).stream()
                .collect(Collectors.toMap(SequenceFlow::getId, f -> f));
        assertThat(flows).hasSize(11 + 2 * USER_TASKS.size() + 2);
        assertThat(flows.values()).allSatisfy(f -> assertThat(f.getId()).isNotBlank());

        Map<String, String> bySourceTarget = flows.values().stream()
                .collect(Collectors.toMap(
                        f -> f.getSourceRef() + "->" + f.getTargetRef(),
                        f -> f.getConditionExpression() == null
                                ? ""
                                : f.getConditionExpression().strip()));
        assertThat(bySourceTarget)
                .containsExactlyInAnyOrderEntriesOf(merge(
                        Map.ofEntries(
                                Map.entry("start->report", ""),
                                Map.entry("report->countyReview", ""),
                                Map.entry("countyReview->countyDecision", ""),
                                Map.entry("countyDecision->municipalReview", "${decision == 'approve'}"),
                                Map.entry("countyDecision->report", "${decision == 'return'}"),
                                Map.entry("municipalReview->municipalDecision", ""),
                                Map.entry("municipalDecision->assignExperts", "${decision == 'approve'}"),
                                Map.entry("municipalDecision->report", "${decision == 'return'}"),
                                Map.entry("assignExperts->expertReview", ""),
                                Map.entry("expertReview->decision", ""),
                                Map.entry("decision->end", ""),
                                Map.entry("remind->remindEnd", ""),
                                Map.entry("escalate->escalateEnd", "")),
                        deadlineFlows()));
    }

    @Test
    @DisplayName("carries a diagram: a shape for every node, an edge for every flow, laid out left to right")
    void diagram() {
        BpmnModel model = deployedModel();
        Process process = model.getProcessById(PROCESS_KEY);

        for (String id : MAIN_PATH) {
            GraphicInfo shape = model.getGraphicInfo(id);
            assertThat(shape).as("shape of %s", id).isNotNull();
            assertThat(shape.getWidth()).isPositive();
            assertThat(shape.getHeight()).isPositive();
        }
        for (SequenceFlow flow : process.findFlowElementsOfType(SequenceFlow.class)) {
            assertThat(model.getFlowLocationGraphicInfo(flow.getId()))
                    .as("edge of %s", flow.getId())
                    .hasSizeGreaterThanOrEqualTo(2);
        }
        for (int i = 1; i < MAIN_PATH.size(); i++) {
            GraphicInfo previous = model.getGraphicInfo(MAIN_PATH.get(i - 1));
            GraphicInfo current = model.getGraphicInfo(MAIN_PATH.get(i));
            assertThat(current.getX())
                    .as("%s lies right of %s", MAIN_PATH.get(i), MAIN_PATH.get(i - 1))
                    .isGreaterThanOrEqualTo(previous.getX() + previous.getWidth());
        }
    }

    @Test
    @DisplayName(
            "deadlines: each user task has a due date from its variable and a non-interrupting reminder and escalation timer")
    void deadlines() {
        Process process = deployedModel().getProcessById(PROCESS_KEY);
        Map<String, String> dueVariable = Map.of(
                "report",
                "reportDue",
                "countyReview",
                "countyDue",
                "municipalReview",
                "municipalDue",
                "assignExperts",
                "municipalDue",
                "expertReview",
                "expertDue",
                "decision",
                "decisionDue");
        for (String id : USER_TASKS) {
            UserTask task = (UserTask) process.getFlowElement(id);
            String due = dueVariable.get(id);
            assertThat(task.getDueDate()).as("due date of %s", id).isEqualTo("${vars:get(" + due + ")}");
            String remindVariable = due.replace("Due", "RemindAt");
            assertTimer(
                    process,
                    id + "_remind",
                    id,
                    "${vars:getOrDefault(" + remindVariable + ", '9999-12-31T00:00:00Z')}");
            assertTimer(process, id + "_escalate", id, "${vars:getOrDefault(" + due + ", '9999-12-31T00:00:00Z')}");
        }
        for (String kind : List.of("remind", "escalate")) {
            org.flowable.bpmn.model.ServiceTask service =
                    (org.flowable.bpmn.model.ServiceTask) process.getFlowElement(kind);
            assertThat(service.getImplementationType()).isEqualTo("delegateExpression");
            assertThat(service.getImplementation()).isEqualTo("${deadlineNotifier}");
            assertThat(service.getFieldExtensions()).singleElement().satisfies(f -> {
                assertThat(f.getFieldName()).isEqualTo("kind");
                assertThat(f.getStringValue()).isEqualTo(kind);
            });
        }
    }

    private static void assertTimer(Process process, String id, String attachedTo, String timeDate) {
        org.flowable.bpmn.model.BoundaryEvent event =
                (org.flowable.bpmn.model.BoundaryEvent) process.getFlowElement(id);
        assertThat(event).as(id).isNotNull();
        assertThat(event.getAttachedToRefId()).isEqualTo(attachedTo);
        assertThat(event.isCancelActivity()).as("%s is non-interrupting", id).isFalse();
        assertThat(event.getEventDefinitions())
                .singleElement()
                .isInstanceOfSatisfying(
                        org.flowable.bpmn.model.TimerEventDefinition.class,
                        t -> assertThat(t.getTimeDate()).isEqualTo(timeDate));
    }

    private static Map<String, String> deadlineFlows() {
        Map<String, String> flows = new java.util.HashMap<>();
        for (String task : USER_TASKS) {
            flows.put(task + "_remind->remind", "");
            flows.put(task + "_escalate->escalate", "");
        }
        return flows;
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new java.util.HashMap<>(a);
        all.putAll(b);
        return all;
    }

    private InputStream resource() {
        InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE);
        assertThat(in).as("classpath resource %s", RESOURCE).isNotNull();
        return in;
    }

    private static void assertUserTask(Process process, String id, String name, String formKey, String candidateGroup) {
        FlowElement element = process.getFlowElement(id);
        assertThat(element).as(id).isInstanceOf(UserTask.class);
        UserTask task = (UserTask) element;
        assertThat(task.getName()).isEqualTo(name);
        assertThat(task.getFormKey()).isEqualTo(formKey);
        assertThat(task.getCandidateGroups()).containsExactly(candidateGroup);
        assertThat(task.getCandidateUsers()).isEmpty();
        assertThat(task.getAssignee()).isNull();
        assertThat(task.getLoopCharacteristics()).isNull();
    }
}
