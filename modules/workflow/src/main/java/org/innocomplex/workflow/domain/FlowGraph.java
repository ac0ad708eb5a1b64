package org.innocomplex.workflow.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowElementsContainer;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.IntermediateCatchEvent;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.SubProcess;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;

/**
 * The process as a graph, for three questions about its shape: can each element be reached from the start, can it
 * still reach an end, and does every loop wait for a person?
 *
 * <p>Each flow node is two vertices, where a token enters it and where it leaves; a sequence flow joins its source's
 * exit to its target's entry. Entering a step leads to leaving it; entering a sub-process leads to its start events
 * instead, and leaving one of its end events to leaving the sub-process; entering a step also arms its boundary
 * events, so its entry leads to theirs. The exit of an end event directly in the process is where an instance ends.
 *
 * <p>A loop must pass a person: it is a cycle in this graph that does not pass from the entry to the exit of a user
 * task. A user task with several instances or a skip expression does not count, as it may have no instance or be
 * skipped. A loop that passes no timer either runs in one transaction without pause and holds a processor until the
 * engine gives up (a busy loop); one that waits only on timers repeats by itself for ever, as a repeating timer
 * without a bound does. Both are refused. Entering a task and leaving it by a boundary timer does not count as the
 * task either: a timer that leads back into its own task opens it again and again without anyone acting.
 */
final class FlowGraph {

    /** A finding about one element: the bundle key and its arguments after the element's name. */
    record Finding(FlowNode node, String key, List<String> args) {}

    private final List<FlowNode> nodes = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<FlowNode> starts = new ArrayList<>();
    private final List<FlowNode> ends = new ArrayList<>();
    private final List<int[]> edges = new ArrayList<>();
    /** edges from a user task's entry to its exit: the waits a loop must pass */
    private final List<Boolean> personWait = new ArrayList<>();
    /** edges from a timer event's entry to its exit */
    private final List<Boolean> timerWait = new ArrayList<>();

    FlowGraph(Process process) {
        collect(process, true);
        for (FlowNode n : nodes) {
            int i = index.get(n.getId());
            if (n instanceof SubProcess s) {
                for (FlowElement c : s.getFlowElements()) {
                    if (c instanceof StartEvent) {
                        edge(in(i), in(index.get(c.getId())), false, false);
                    } else if (c instanceof EndEvent) {
                        edge(out(index.get(c.getId())), out(i), false, false);
                    }
                }
            } else {
                edge(in(i), out(i), isPersonWait(n), isTimer(n));
            }
            if (n instanceof BoundaryEvent b && index.containsKey(String.valueOf(b.getAttachedToRefId()))) {
                edge(in(index.get(b.getAttachedToRefId())), in(i), false, false);
            }
        }
        for (SequenceFlow f : process.findFlowElementsOfType(SequenceFlow.class, true)) {
            Integer from = index.get(f.getSourceRef());
            Integer to = index.get(f.getTargetRef());
            if (from != null && to != null) {
                edge(out(from), in(to), false, false);
            }
        }
    }

    /** The flow nodes in document order, a sub-process before its content. */
    private void collect(FlowElementsContainer container, boolean top) {
        for (FlowElement e : container.getFlowElements()) {
            if (e instanceof FlowNode n && !index.containsKey(n.getId())) {
                index.put(n.getId(), nodes.size());
                nodes.add(n);
                if (top && n instanceof StartEvent) {
                    starts.add(n);
                } else if (top && n instanceof EndEvent) {
                    ends.add(n);
                }
                if (n instanceof SubProcess s) {
                    collect(s, false);
                }
            }
        }
    }

    private static boolean isPersonWait(FlowNode n) {
        return n instanceof UserTask u
                && !u.hasMultiInstanceLoopCharacteristics()
                && (u.getSkipExpression() == null || u.getSkipExpression().isBlank());
    }

    private static boolean isTimer(FlowNode n) {
        return (n instanceof IntermediateCatchEvent || n instanceof BoundaryEvent)
                && ((Event) n).getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance);
    }

    private static int in(int node) {
        return 2 * node;
    }

    private static int out(int node) {
        return 2 * node + 1;
    }

    private void edge(int from, int to, boolean person, boolean timer) {
        edges.add(new int[] {from, to});
        personWait.add(person);
        timerWait.add(timer);
    }

    /** Every element that cannot be reached from a start event, or from which no end event can be reached. */
    List<Finding> disconnected(Set<String> alreadyDeadEnds) {
        int v = 2 * nodes.size();
        boolean[] reached =
                walk(adjacency(v, false, false, false), starts.stream().map(n -> in(index.get(n.getId()))));
        boolean[] ending = walk(adjacency(v, true, false, false), ends.stream().map(n -> out(index.get(n.getId()))));
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            FlowNode n = nodes.get(i);
            if (!reached[in(i)]) {
                out.add(new Finding(n, "workflow.validation.unreachable", List.of()));
            } else if (!ending[in(i)] && !alreadyDeadEnds.contains(n.getId())) {
                out.add(new Finding(n, "workflow.validation.noWayToEnd", List.of()));
            }
        }
        return out;
    }

    /**
     * Every loop that passes no person: first those that pass no timer either (named by their first element), then
     * those that wait only on timers (named by a timer on them); each with one cycle through it as its path.
     */
    List<Finding> loops() {
        int v = 2 * nodes.size();
        List<Finding> out = new ArrayList<>();
        int[] busy = components(adjacency(v, false, true, true), v);
        for (List<Integer> c : groups(busy, v)) {
            int first = c.get(0);
            out.add(new Finding(
                    nodes.get(first / 2),
                    "workflow.validation.busyLoop",
                    List.of(path(cycle(adjacency(v, false, true, true), busy, first, first)))));
        }
        List<Integer>[] withTimers = adjacency(v, false, true, false);
        int[] timed = components(withTimers, v);
        for (List<Integer> c : groups(timed, v)) {
            for (int e = 0; e < edges.size(); e++) {
                int[] ed = edges.get(e);
                if (timerWait.get(e) && timed[ed[0]] == timed[c.get(0)] && timed[ed[1]] == timed[c.get(0)]) {
                    // from the timer's exit round to its entry
                    List<Integer> p = cycle(withTimers, timed, ed[1], ed[0]);
                    p.add(0, ed[0]);
                    out.add(new Finding(nodes.get(ed[0] / 2), "workflow.validation.timerLoop", List.of(path(p))));
                    break;
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Integer>[] adjacency(int v, boolean reverse, boolean withoutPersons, boolean withoutTimers) {
        List<Integer>[] adj = new List[v];
        for (int i = 0; i < v; i++) {
            adj[i] = new ArrayList<>();
        }
        for (int e = 0; e < edges.size(); e++) {
            if (withoutPersons && personWait.get(e) || withoutTimers && timerWait.get(e)) {
                continue;
            }
            int[] ed = edges.get(e);
            adj[reverse ? ed[1] : ed[0]].add(reverse ? ed[0] : ed[1]);
        }
        return adj;
    }

    private static boolean[] walk(List<Integer>[] adj, Stream<Integer> from) {
        boolean[] seen = new boolean[adj.length];
        Deque<Integer> todo = new ArrayDeque<>();
        from.forEach(s -> {
            seen[s] = true;
            todo.push(s);
        });
        while (!todo.isEmpty()) {
            for (int n : adj[todo.pop()]) {
                if (!seen[n]) {
                    seen[n] = true;
                    todo.push(n);
                }
            }
        }
        return seen;
    }

    /**
     * Strongly connected components (Tarjan's, without recursion: a hostile file may hold thousands of elements in a
     * row): the component number of each vertex.
     */
    private static int[] components(List<Integer>[] adj, int v) {
        int[] order = new int[v];
        int[] low = new int[v];
        int[] comp = new int[v];
        Arrays.fill(order, -1);
        Arrays.fill(comp, -1);
        boolean[] onStack = new boolean[v];
        Deque<Integer> stack = new ArrayDeque<>();
        int[] next = new int[v];
        int counter = 0;
        int components = 0;
        for (int root = 0; root < v; root++) {
            if (order[root] >= 0) {
                continue;
            }
            Deque<Integer> call = new ArrayDeque<>();
            call.push(root);
            order[root] = low[root] = counter++;
            stack.push(root);
            onStack[root] = true;
            while (!call.isEmpty()) {
                int x = call.peek();
                if (next[x] < adj[x].size()) {
                    int y = adj[x].get(next[x]++);
                    if (order[y] < 0) {
                        order[y] = low[y] = counter++;
                        stack.push(y);
                        onStack[y] = true;
                        call.push(y);
                    } else if (onStack[y]) {
                        low[x] = Math.min(low[x], order[y]);
                    }
                } else {
                    call.pop();
                    if (!call.isEmpty()) {
                        low[call.peek()] = Math.min(low[call.peek()], low[x]);
                    }
                    if (low[x] == order[x]) {
                        int y;
                        do {
                            y = stack.pop();
                            onStack[y] = false;
                            comp[y] = components;
                        } while (y != x);
                        components++;
                    }
                }
            }
        }
        return comp;
    }

    /** The components of more than one vertex (a loop), each as its vertices in order, in order of their first. */
    private static List<List<Integer>> groups(int[] comp, int v) {
        Map<Integer, List<Integer>> byComp = new LinkedHashMap<>();
        for (int i = 0; i < v; i++) {
            byComp.computeIfAbsent(comp[i], k -> new ArrayList<>()).add(i);
        }
        return byComp.values().stream().filter(l -> l.size() > 1).toList();
    }

    /** The shortest path from {@code from} to {@code to} inside one component, back to {@code to} when they meet. */
    private static List<Integer> cycle(List<Integer>[] adj, int[] comp, int from, int to) {
        int[] parent = new int[adj.length];
        Arrays.fill(parent, -2);
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(from);
        parent[from] = -1;
        while (!todo.isEmpty()) {
            int x = todo.poll();
            for (int y : adj[x]) {
                if (comp[y] != comp[from]) {
                    continue;
                }
                if (y == to) {
                    List<Integer> p = new ArrayList<>();
                    p.add(to);
                    for (int z = x; z != -1; z = parent[z]) {
                        p.add(z);
                    }
                    Collections.reverse(p);
                    return p;
                }
                if (parent[y] == -2) {
                    parent[y] = x;
                    todo.add(y);
                }
            }
        }
        return new ArrayList<>(List.of(from, to));
    }

    /** A path of vertices as the ids of their elements, each once where entry and exit follow each other. */
    private String path(List<Integer> vertices) {
        List<String> ids = new ArrayList<>();
        for (int vx : vertices) {
            String id = nodes.get(vx / 2).getId();
            if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(id)) {
                ids.add(id);
            }
        }
        return String.join(" → ", ids);
    }
}
