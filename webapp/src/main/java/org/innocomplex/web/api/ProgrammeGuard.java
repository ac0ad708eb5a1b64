package org.innocomplex.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.NotAuthorizedException;

/**
 * The separated duties over the API: a token of a security or audit administrator reaches the API's own-account and
 * audit resources, never the programme's ({@link Programme}); the refusal is the API's usual 403 problem.
 */
@Provider
@Programme
public class ProgrammeGuard implements ContainerRequestFilter {

    @Inject
    CurrentUser currentUser;

    @Override
    public void filter(ContainerRequestContext request) {
        Actor actor = currentUser.require();
        if (!actor.role().inProgramme()) {
            throw new NotAuthorizedException("access.error.programmeOnly");
        }
    }
}
