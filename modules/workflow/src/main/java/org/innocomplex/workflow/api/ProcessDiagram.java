package org.innocomplex.workflow.api;

import java.util.List;

/**
 * The BPMN of the process version an instance runs on, and where the instance is in it.
 *
 * @param currentActivityIds   activities active now (several while experts score in parallel); empty once ended
 * @param completedActivityIds activities and sequence flows passed at least once and not active now
 */
public record ProcessDiagram(
        String processDefinitionId, String bpmnXml, List<String> currentActivityIds, List<String> completedActivityIds)
        implements java.io.Serializable {}
