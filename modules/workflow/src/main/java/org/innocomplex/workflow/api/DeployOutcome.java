package org.innocomplex.workflow.api;

import java.util.Optional;

/** A deploy attempt: either the new version, or the validation report that refused it (nothing deployed). */
public record DeployOutcome(ValidationReport report, Optional<ProcessVersion> deployed) {}
