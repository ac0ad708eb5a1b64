package org.innocomplex.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.junit.jupiter.api.Test;

/** The graph's own limits, on models built in code (the validator's tests read files). */
class FlowGraphTest {

    private static <T extends FlowNode> T node(Process p, T n, String id) {
        n.setId(id);
        p.addFlowElement(n);
        return n;
    }

    private static void flow(Process p, String id, String from, String to) {
        SequenceFlow f = new SequenceFlow(from, to);
        f.setId(id);
        p.addFlowElement(f);
    }

    @Test
    void a_ring_of_twenty_thousand_gateways_is_one_loop_and_needs_no_deep_stack() {
        Process p = new Process();
        node(p, new StartEvent(), "start");
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            node(p, new ExclusiveGateway(), "g" + i);
            flow(p, "c" + i, "g" + i, "g" + ((i + 1) % n));
        }
        flow(p, "in", "start", "g0");
        node(p, new EndEvent(), "end");
        flow(p, "out", "g" + (n / 2), "end");

        FlowGraph g = new FlowGraph(p);

        assertThat(g.loops()).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("workflow.validation.busyLoop");
            assertThat(f.node().getId()).isEqualTo("g0");
            assertThat(f.args().get(0)).startsWith("g0 → g1 → g2 → ").endsWith(" → g19999 → g0");
        });
        assertThat(g.disconnected(Set.of())).isEmpty();
    }
}
