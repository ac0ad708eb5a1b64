package org.innocomplex.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.innocomplex.appraisal.api.StepCompleted;

/**
 * Test-only observer of the synchronous {@link StepCompleted} event: when armed it throws, i.e. a failure after the
 * step handler wrote its record and after the task was completed, but before the transaction commits.
 */
@ApplicationScoped
public class FailAfterWrite {
    private volatile boolean armed;

    public void arm(boolean on) {
        armed = on;
    }

    void onStep(@Observes StepCompleted event) {
        if (armed) {
            throw new IllegalStateException("injected failure after " + event.stepKey() + " wrote its record");
        }
    }
}
