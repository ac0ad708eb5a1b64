package org.innocomplex.workflow.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.ExtensionElement;
import org.flowable.bpmn.model.FieldExtension;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.MultiInstanceLoopCharacteristics;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.innocomplex.workflow.api.ProcessDiff.ElementChange;
import org.innocomplex.workflow.api.ProcessDiff.Kind;

/**
 * Two process models compared element by element, the id being the identity (what the migration maps by, too).
 * Only what changes the behaviour or the text counts: the diagram's layout does not.
 */
public final class BpmnDiff {
    private BpmnDiff() {}

    public static List<ElementChange> compare(BpmnModel from, BpmnModel to) {
        Map<String, FlowElement> before = elements(from);
        Map<String, FlowElement> after = elements(to);
        List<ElementChange> changes = new ArrayList<>();
        for (var e : before.entrySet()) {
            FlowElement newer = after.get(e.getKey());
            if (newer == null) {
                changes.add(change(e.getValue(), Kind.REMOVED, List.of()));
            } else {
                Map<String, Object> a = attributes(e.getValue());
                Map<String, Object> b = attributes(newer);
                List<String> differ = new ArrayList<>();
                for (String k : union(a, b)) {
                    if (!Objects.equals(a.get(k), b.get(k))) {
                        differ.add(k);
                    }
                }
                if (!differ.isEmpty()) {
                    changes.add(change(newer, Kind.CHANGED, differ));
                }
            }
        }
        for (var e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                changes.add(change(e.getValue(), Kind.ADDED, List.of()));
            }
        }
        return changes;
    }

    private static List<String> union(Map<String, Object> a, Map<String, Object> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }

    private static ElementChange change(FlowElement el, Kind kind, List<String> attributes) {
        return new ElementChange(el.getId(), type(el), el.getName(), kind, attributes);
    }

    /** The BPMN element name, e.g. {@code userTask}. */
    static String type(FlowElement el) {
        String s = el.getClass().getSimpleName();
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static Map<String, FlowElement> elements(BpmnModel model) {
        Map<String, FlowElement> out = new LinkedHashMap<>();
        model.getProcesses()
                .forEach(p -> p.findFlowElementsOfType(FlowElement.class, true).forEach(el -> out.put(el.getId(), el)));
        return out;
    }

    /** What is compared, by the attribute names {@link ElementChange#attributes()} reports. */
    private static Map<String, Object> attributes(FlowElement el) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type(el));
        m.put("name", el.getName());
        m.put("documentation", el.getDocumentation());
        m.put("extensions", extensions(el.getExtensionElements()));
        if (el instanceof UserTask u) {
            m.put("formKey", u.getFormKey());
            m.put("candidateGroups", List.copyOf(u.getCandidateGroups()));
            m.put("candidateUsers", List.copyOf(u.getCandidateUsers()));
            m.put("assignee", u.getAssignee());
            m.put("dueDate", u.getDueDate());
        }
        if (el instanceof org.flowable.bpmn.model.Activity a) {
            MultiInstanceLoopCharacteristics mi = a.getLoopCharacteristics();
            m.put(
                    "multiInstance",
                    mi == null
                            ? null
                            : List.of(
                                    String.valueOf(mi.isSequential()),
                                    String.valueOf(mi.getInputDataItem()),
                                    String.valueOf(mi.getElementVariable()),
                                    String.valueOf(mi.getCompletionCondition())));
        }
        if (el instanceof ServiceTask s) {
            m.put("delegate", s.getImplementationType() + ":" + s.getImplementation() + ":" + s.getType());
            m.put("fields", s.getFieldExtensions().stream().map(BpmnDiff::field).toList());
        }
        if (el instanceof SequenceFlow f) {
            m.put("source", f.getSourceRef());
            m.put("target", f.getTargetRef());
            m.put("condition", f.getConditionExpression());
        }
        if (el instanceof Gateway g) {
            m.put("default", g.getDefaultFlow());
        }
        if (el instanceof BoundaryEvent b) {
            m.put("attachedTo", b.getAttachedToRefId());
            m.put("cancelActivity", b.isCancelActivity());
        }
        if (el instanceof Event e) {
            m.put(
                    "timer",
                    e.getEventDefinitions().stream()
                            .filter(TimerEventDefinition.class::isInstance)
                            .map(TimerEventDefinition.class::cast)
                            .map(t -> t.getTimeDate() + "|" + t.getTimeDuration() + "|" + t.getTimeCycle())
                            .toList());
        }
        return m;
    }

    private static String field(FieldExtension f) {
        return f.getFieldName() + "=" + f.getStringValue() + "|" + f.getExpression();
    }

    private static Map<String, String> extensions(Map<String, List<ExtensionElement>> ext) {
        Map<String, String> out = new TreeMap<>();
        ext.forEach((k, list) -> out.put(
                k,
                list.stream()
                        .map(e -> e.getElementText()
                                + e.getAttributes().values().stream()
                                        .flatMap(List::stream)
                                        .map(a -> a.getName() + "=" + a.getValue())
                                        .sorted()
                                        .toList())
                        .toList()
                        .toString()));
        return out;
    }
}
