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

    public void markFailed(Exception e) {
        failure = String.valueOf(e);
    }

    public boolean started() {
        return started;
    }

    public String failure() {
        return failure;
    }
}
