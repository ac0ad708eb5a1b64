package org.innocomplex.workflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.innocomplex.workflow.infrastructure.FlowableEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled BPMN at start-up, against a real (in-memory) engine: it never lands on an administrator's version. */
class BundledDeploymentPolicyTest {
    static ProcessEngine engine;
    static FlowableWorkflowService service;

    @BeforeAll
    static void engine() {
        StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
        cfg.setJdbcUrl("jdbc:h2:mem:bundled-policy;DB_CLOSE_DELAY=-1");
        cfg.setDisableIdmEngine(true);
        cfg.setDisableEventRegistry(true);
        cfg.setAsyncExecutorActivate(false);
        engine = cfg.buildProcessEngine();
        service = new FlowableWorkflowService();
        service.flowable = new FlowableEngine() {
            @Override
            public ProcessEngine engine() {
                return engine;
            }
        };
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    static byte[] file(String name) throws IOException {
        try (var in = BundledDeploymentPolicyTest.class.getResourceAsStream("/bpmn/good/minimal.bpmn20.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("name=\"test\"", "name=\"" + name + "\"")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private static int latest() {
        return engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("good-process")
                .latestVersion()
                .singleResult()
                .getVersion();
    }

    @Test
    void aChangedBundledFileLandsOnABundledVersionButNeverOnAnAdministrators() throws IOException {
        String resource = "workflows/good-process.bpmn20.xml";
        assertThat(service.deployBundled(resource, file("v1"))).isTrue();
        assertThat(latest()).isEqualTo(1);

        service.deployBundled(resource, file("v1"));
        assertThat(latest())
                .as("an unchanged file at the next start: no new version")
                .isEqualTo(1);

        service.deployBundled(resource, file("v2"));
        assertThat(latest())
                .as("an upgrade's changed file on top of a bundled version")
                .isEqualTo(2);

        engine.getRepositoryService()
                .createDeployment()
                .name(FlowableWorkflowAdministrationService.ADMIN_DEPLOYMENT + "good-process")
                .addBytes("good-process.bpmn20.xml", file("administrator's"))
                .deploy();
        assertThat(latest()).isEqualTo(3);

        assertThat(service.deployBundled(resource, file("v3"))).isFalse();
        assertThat(latest()).as("the administrator's version stays the latest").isEqualTo(3);
        assertThat(engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("good-process")
                        .latestVersion()
                        .singleResult()
                        .getName())
                .isEqualTo("administrator's");
    }
}
