package org.innocomplex.web.boot;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether {@link Bootstrap} finished; read by the readiness check. */
@ApplicationScoped
public class StartupState {
    private volatile boolean started;
    private volatile String failure;

    public void markStarted() {
        started = true;
    }

    private volatile String publicFailure;

    public void markFailed(Exception e) {
        failure = String.valueOf(e);
        publicFailure = StartupRetry.publicReason("start-up", e);
    }

    /** the failure without its message, fit for {@code /health/ready}; null unless the start-up failed */
    public String publicFailure() {
        return publicFailure;
    }

    public boolean started() {
        return started;
    }

    public String failure() {
        return failure;
    }
}
