package org.innocomplex.workflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The experts' parallel review, on an engine with the product's routing rules: each submission and the opening of the
 * decision happen in the submitting expert's own transaction, and nothing is left for a job to finish later.
 */
class ParallelReviewLeaveTest {
    static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:flowable="http://flowable.org/bpmn" targetNamespace="test">
              <process id="review" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="expertReview"/>
                <userTask id="expertReview" flowable:assignee="${expert}">
                  <multiInstanceLoopCharacteristics isSequential="false" flowable:collection="experts"
                                                    flowable:elementVariable="expert"/>
                </userTask>
                <sequenceFlow id="f2" sourceRef="expertReview" targetRef="decision"/>
                <userTask id="decision" flowable:candidateGroups="municipal:331100"/>
                <sequenceFlow id="f3" sourceRef="decision" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    static ProcessEngine engine;

    @BeforeAll
    static void engine() {
        StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
        cfg.setJdbcUrl("jdbc:h2:mem:parallel-review;DB_CLOSE_DELAY=-1");
        cfg.setDisableIdmEngine(true);
        cfg.setDisableEventRegistry(true);
        // no executor: whatever a submission leaves to a job stays visible here instead of racing the assertions
        cfg.setAsyncExecutorActivate(false);
        FlowableEngine.applyRoutingRules(cfg);
        engine = cfg.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .addBytes("review.bpmn20.xml", XML.getBytes(StandardCharsets.UTF_8))
                .deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void eachSubmissionIsWholeAndTheLastOpensTheDecisionAtOnce() {
        ProcessInstance pi = engine.getRuntimeService()
                .startProcessInstanceByKey("review", Map.of("experts", List.of("e1", "e2", "e3")));
        for (String expert : List.of("e1", "e2", "e3")) {
            Task task = engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceId(pi.getId())
                    .taskAssignee(expert)
                    .singleResult();
            engine.getTaskService().complete(task.getId());
            assertThat(engine.getManagementService()
                            .createJobQuery()
                            .processInstanceId(pi.getId())
                            .list())
                    .as("nothing of %s's submission is left to a job", expert)
                    .isEmpty();
        }
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(pi.getId())
                        .list())
                .extracting(Task::getTaskDefinitionKey)
                .containsExactly("decision");
    }
}
