/**
 * Cycles, catalogue and reports as records, and the services that change them: {@link CycleService} and
 * {@link ReportService} for everyone, {@link ReportLifecycle} for the appraisal module alone.
 */
package org.innocomplex.submission.api;
