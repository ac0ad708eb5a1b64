package org.innocomplex.workflow.api;

import java.time.LocalDateTime;

/** A BPMN file an administrator saved from the modeler without deploying it. */
public record ProcessDraft(long id, String processKey, String xml, String author, LocalDateTime savedAt) {}
