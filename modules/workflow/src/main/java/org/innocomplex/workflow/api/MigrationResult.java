package org.innocomplex.workflow.api;

/** One instance's outcome in a batch migration: each instance moves in its own transaction. */
public record MigrationResult(String processInstanceId, String businessKey, boolean migrated, String message) {}
