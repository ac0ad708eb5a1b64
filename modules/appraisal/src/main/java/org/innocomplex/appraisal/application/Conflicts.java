package org.innocomplex.appraisal.application;

import java.sql.SQLException;
import java.util.Set;
import org.innocomplex.workflow.api.TaskAlreadyHandledException;

/** Whether a failed transaction lost a race with another one, however the container or the driver wrapped it. */
final class Conflicts {
    /**
     * serialization failure / deadlock (SQL standard, PostgreSQL), lock not available (PostgreSQL), lock timeout
     * and concurrent update (H2)
     */
    private static final Set<String> STATES = Set.of("40001", "40P01", "55P03", "HYT00", "90131");

    private Conflicts() {}

    static boolean isConflict(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof jakarta.persistence.OptimisticLockException
                    || c instanceof jakarta.persistence.PessimisticLockException
                    || c instanceof jakarta.persistence.LockTimeoutException
                    || c instanceof TaskAlreadyHandledException) {
                return true;
            }
            if (c instanceof SQLException s && s.getSQLState() != null && STATES.contains(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
