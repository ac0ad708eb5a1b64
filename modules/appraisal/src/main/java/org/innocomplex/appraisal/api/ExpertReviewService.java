package org.innocomplex.appraisal.api;

import java.util.List;
import org.innocomplex.access.api.Actor;
import org.innocomplex.registry.api.ExpertData;

/**
 * The expert's side of an {@code expert-review} task besides submitting it (which goes through
 * {@link AppraisalService#complete}): the no-conflict confirmation, a conflict declaration that hands the task back
 * to the municipal bureau, drafts, and the bureau's reassignment of a handed-back task.
 */
public interface ExpertReviewService {

    /** The expert's confirmation state and saved sheet for their task. */
    ScoreSheetData sheet(String taskId, Actor expert);

    /** Records, as a history line, that the expert has no conflict of interest with the complex. */
    void confirmNoConflict(String taskId, Actor expert);

    /**
     * The expert declares a conflict (reason required): recorded, the expert leaves the appraisal and the task goes
     * back to the municipal bureau of the complex's city.
     */
    void declareConflict(String taskId, Actor expert, String reason);

    /** Saves the sheet as a draft, only the expert sees it; present items are bounds-checked. */
    void saveDraft(String taskId, Actor expert, StepInput.ExpertScore sheet);

    /** Experts the bureau may give a handed-back task to: no conflict, no declaration, not already assigned. */
    List<ExpertData> replacements(String taskId, Actor official);

    /** Gives a handed-back task to another eligible expert. */
    void reassign(String taskId, Actor official, String expert);

    /** Whether the task is an expert review handed back to the bureau (no assignee). */
    boolean handedBack(String taskId, Actor actor);
}
