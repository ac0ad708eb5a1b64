package org.innocomplex.workflow.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Who deployed a Flowable deployment from the administration; the bundled BPMN has none. */
@Entity
@Table(name = "wfl_deployment")
public class DeploymentRecord {
    @Id
    @Column(name = "deployment_id", length = 64)
    private String deploymentId;

    @Column(name = "process_key", nullable = false, length = 200)
    private String processKey;

    @Column(name = "deployed_by", nullable = false, length = 64)
    private String deployedBy;

    @Column(name = "deployed_at", nullable = false)
    private LocalDateTime deployedAt;

    protected DeploymentRecord() {}

    public DeploymentRecord(String deploymentId, String processKey, String deployedBy) {
        this.deploymentId = deploymentId;
        this.processKey = processKey;
        this.deployedBy = deployedBy;
        this.deployedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public String deploymentId() {
        return deploymentId;
    }

    public String deployedBy() {
        return deployedBy;
    }
}
