package org.innocomplex.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the audit trail is kept: {@code innocomplex.audit.retention-days}, at least {@link #MINIMUM} (MLPS 2.0
 * level 3 asks for six months). A smaller value is raised to the minimum with a warning in the log, not obeyed. The
 * application deletes no audit entry at all, now or after the period (there is no delete path and no archive); the
 * period says how long an operator must keep the table (a backup, a database-side archive that keeps whole runs of
 * the chain) before removing anything by hand.
 */
@ApplicationScoped
public class AuditRetention {
    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());
    public static final int MINIMUM = 180;

    @Inject
    @ConfigProperty(name = "innocomplex.audit.retention-days", defaultValue = "180")
    int configured;

    /** says it at start-up when the configured period is raised */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        days();
    }

    public int days() {
        return effective(configured);
    }

    static int effective(int configured) {
        if (configured < MINIMUM) {
            LOG.warning(() -> "innocomplex.audit.retention-days=" + configured + " is below the minimum of " + MINIMUM
                    + " days; keeping the audit trail for " + MINIMUM + " days");
            return MINIMUM;
        }
        return configured;
    }
}
