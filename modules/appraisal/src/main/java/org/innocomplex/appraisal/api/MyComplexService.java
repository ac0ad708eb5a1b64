package org.innocomplex.appraisal.api;

import java.util.List;
import org.innocomplex.access.api.Actor;

/** The complex's own view of its appraisals, for its operators. */
public interface MyComplexService {

    /** The operator's complex's reports, newest first, each with its status, open steps and published grade. */
    List<ComplexReport> reports(Actor operator);
}
