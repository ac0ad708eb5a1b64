/**
 * The appraisal of a report: starting its process, one handler per step type (report, review, assign-experts,
 * expert-review, decision), grades, and the report's record. Other modules use only {@code api}.
 */
package org.innocomplex.appraisal;
