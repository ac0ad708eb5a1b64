package org.innocomplex.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innocomplex.access.api.SessionPolicy;
import org.innocomplex.access.api.SessionPolicySource;

/** The session policy from the configuration ({@code innocomplex.session.*}, README "Sessions"). */
@ApplicationScoped
public class ConfiguredSessionPolicy implements SessionPolicySource {

    @Inject
    @ConfigProperty(name = "innocomplex.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Inject
    @ConfigProperty(name = "innocomplex.session.max-hours", defaultValue = "12")
    int maxHours;

    @Inject
    @ConfigProperty(name = "innocomplex.session.warn-seconds", defaultValue = "120")
    int warnSeconds;

    @Inject
    @ConfigProperty(name = "innocomplex.session.concurrent", defaultValue = "end-older")
    String concurrent;

    private volatile SessionPolicy policy;

    @Override
    public SessionPolicy current() {
        SessionPolicy p = policy;
        if (p == null) {
            Duration idle = Duration.ofMinutes(Math.max(1, idleMinutes));
            Duration lifetime = Duration.ofHours(Math.max(1, maxHours));
            // a warning at least as long as the idle time would show at once: then half of it
            Duration warn = Duration.ofSeconds(Math.max(0, warnSeconds));
            if (warn.compareTo(idle) >= 0) {
                warn = idle.dividedBy(2);
            }
            p = new SessionPolicy(
                    idle,
                    lifetime.compareTo(idle) < 0 ? idle : lifetime,
                    warn,
                    SessionPolicy.Concurrent.parse(concurrent));
            policy = p;
        }
        return p;
    }
}
