package org.innocomplex.workflow.application;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowElementsContainer;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.SubProcess;
import org.flowable.bpmn.model.UserTask;

/**
 * The user tasks of a process in the order a case meets them: breadth first along the sequence flows from the start
 * events, into sub-processes and through boundary events; tasks the walk never reaches come last, in file order.
 */
final class StepOrder {
    private StepOrder() {}

    static List<UserTask> userTasks(org.flowable.bpmn.model.Process process) {
        Set<UserTask> ordered = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        Deque<FlowNode> queue = new ArrayDeque<>();
        starts(process, queue);
        while (!queue.isEmpty()) {
            FlowNode node = queue.removeFirst();
            if (!seen.add(node.getId())) {
                continue;
            }
            if (node instanceof UserTask u) {
                ordered.add(u);
            }
            if (node instanceof SubProcess sub) {
                starts(sub, queue);
            }
            for (SequenceFlow f : node.getOutgoingFlows()) {
                if (f.getTargetFlowElement() instanceof FlowNode next) {
                    queue.addLast(next);
                }
            }
            if (node instanceof Activity a) {
                queue.addAll(a.getBoundaryEvents());
            }
        }
        ordered.addAll(process.findFlowElementsOfType(UserTask.class));
        return List.copyOf(ordered);
    }

    private static void starts(FlowElementsContainer container, Deque<FlowNode> queue) {
        for (FlowElement e : container.getFlowElements()) {
            if (e instanceof StartEvent start) {
                queue.addLast(start);
            }
        }
    }
}
