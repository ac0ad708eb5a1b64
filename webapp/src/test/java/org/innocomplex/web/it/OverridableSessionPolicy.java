package org.innocomplex.web.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.innocomplex.access.api.SessionPolicy;
import org.innocomplex.access.api.SessionPolicySource;
import org.innocomplex.access.application.ConfiguredSessionPolicy;

/**
 * Test archive only: the configured session policy, of which a test may change the concurrent-login rule for its own
 * duration ({@code /it-fixtures/sessions/concurrent}) and must restore it in {@code finally}; the IT server's other
 * tests see the configuration.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class OverridableSessionPolicy implements SessionPolicySource {

    @Inject
    ConfiguredSessionPolicy configured;

    private volatile SessionPolicy.Concurrent concurrent;

    @Override
    public SessionPolicy current() {
        SessionPolicy p = configured.current();
        SessionPolicy.Concurrent c = concurrent;
        return c == null ? p : new SessionPolicy(p.idle(), p.lifetime(), p.warn(), c);
    }

    /** null: back to the configuration */
    void concurrent(SessionPolicy.Concurrent value) {
        concurrent = value;
    }
}
