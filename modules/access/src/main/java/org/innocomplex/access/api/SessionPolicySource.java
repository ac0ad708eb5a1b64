package org.innocomplex.access.api;

/**
 * Where {@link SessionRegistry} takes its {@link SessionPolicy} from on each use: the configuration
 * ({@code innocomplex.session.*}). A CDI bean; the container tests replace it with an alternative that can change one
 * rule for one test.
 */
public interface SessionPolicySource {
    SessionPolicy current();
}
