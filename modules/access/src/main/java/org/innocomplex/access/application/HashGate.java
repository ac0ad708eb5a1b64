package org.innocomplex.access.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many passwords this node hashes at once. A PBKDF2 check takes a core for some 100 ms; unbounded, a flood of
 * logins takes every core and the pages wait behind it. By default half the cores (at least one) may hash, and an
 * attempt that finds no free slot within {@link #WAIT_MS} is refused at once ("busy, try again") instead of queuing.
 * One node's CPU is the point, so this is one node's memory, not the database's.
 */
@ApplicationScoped
public class HashGate {
    static final long WAIT_MS = 1_000;

    @Inject
    @ConfigProperty(name = "innocomplex.login.max-concurrent-hashes", defaultValue = "0")
    int configured;

    private Semaphore slots;
    private int size;

    @PostConstruct
    void init() {
        size = configured > 0 ? configured : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        slots = new Semaphore(size, true);
    }

    /** @return whether a slot was taken; {@link #release()} it after hashing */
    public boolean enter() {
        try {
            return slots.tryAcquire(WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void release() {
        slots.release();
    }

    public int size() {
        return size;
    }
}
