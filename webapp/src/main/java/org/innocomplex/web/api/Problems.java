package org.innocomplex.web.api;

import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import java.util.Set;
import org.innocomplex.access.api.ConcurrentChangeException;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.web.errors.DatabaseUnavailable;
import org.innocomplex.workflow.api.TaskAlreadyHandledException;
import org.innocomplex.workflow.api.TaskNotAllowedException;
import org.innocomplex.workflow.api.TaskNotFoundException;

/**
 * Which HTTP status and code a refusal becomes. The modules raise bundle-keyed {@link DomainException}s; their key
 * is the problem's code. The status follows the exception's kind: not the actor's → 403, someone else changed or
 * completed it first → 409, the object addressed does not exist → 404, a body that is no JSON object → 400, any
 * other refusal of the input → 422.
 */
public final class Problems {
    private Problems() {}

    /** Keys that mean "the object the URL names does not exist". */
    static final Set<String> NOT_FOUND = Set.of(
            "submission.error.unknownReport",
            "submission.error.unknownCycle",
            "registry.error.unknownComplex",
            "appraisal.error.unknownAppraisal",
            "registry.error.unknownExpert",
            "appraisal.error.unknownTask",
            "api.error.notFound");

    /** Keys that mean "the request cannot even be read": the body is not one JSON object in UTF-8. */
    static final Set<String> BAD_REQUEST = Set.of(
            "api.error.malformedJson",
            "api.error.notAnObject",
            "api.error.trailingContent",
            "api.error.notUtf8",
            "api.error.bodyTooLarge");

    /** Keys that mean "it changed under you": repeat after reloading. */
    static final Set<String> CONFLICT = Set.of(
            "appraisal.error.alreadyHandled",
            "appraisal.error.concurrentChange",
            "appraisal.inbox.error.claimedBy",
            "appraisal.inbox.error.parallelChange",
            "registry.error.changedByOthers",
            "api.error.noReportStep");

    /** HTTP statuses JAX-RS itself answers with (unknown path, wrong method, unreadable body...). */
    static final Map<Integer, String> HTTP_CODES = Map.of(
            400,
            "api.error.badRequest",
            404,
            "api.error.notFound",
            405,
            "api.error.methodNotAllowed",
            406,
            "api.error.notAcceptable",
            415,
            "api.error.unsupportedMediaType");

    public static Problem of(Throwable thrown, ApiTexts texts, String instance) {
        if (DatabaseUnavailable.is(thrown)) {
            return DatabaseUnavailable.problem(texts, instance);
        }
        DomainException domain = find(thrown, DomainException.class);
        if (domain != null) {
            return of(domain, texts, instance);
        }
        if (find(thrown, jakarta.persistence.OptimisticLockException.class) != null
                || find(thrown, TaskAlreadyHandledException.class) != null) {
            return Problem.of(
                    409, "appraisal.error.concurrentChange", texts.text("appraisal.error.concurrentChange"), instance);
        }
        if (find(thrown, TaskNotFoundException.class) != null) {
            return Problem.of(404, "appraisal.error.unknownTask", texts.text("appraisal.error.unknownTask"), instance);
        }
        if (find(thrown, TaskNotAllowedException.class) != null) {
            return Problem.of(403, "api.error.forbidden", texts.text("api.error.forbidden"), instance);
        }
        WebApplicationException web = find(thrown, WebApplicationException.class);
        if (web != null) {
            int status = web.getResponse().getStatus();
            String code =
                    HTTP_CODES.getOrDefault(status, status >= 500 ? "api.error.internal" : "api.error.badRequest");
            return Problem.of(status, code, texts.text(code), instance);
        }
        return Problem.of(500, "api.error.internal", texts.text("api.error.internal"), instance);
    }

    static Problem of(DomainException e, ApiTexts texts, String instance) {
        String detail = texts.text(e.key(), e.args());
        if (e instanceof NotAuthorizedException) {
            int status = "access.error.notLoggedIn".equals(e.key()) ? 401 : 403;
            return Problem.of(status, e.key(), detail, instance);
        }
        if (e instanceof ValidationException v) {
            // a form's fields, an imported file's lines, a diagram's elements: each with where it points
            return Problem.of(422, e.key(), detail, instance)
                    .withErrors(v.violations().stream()
                            .map(x -> new Problem.Item(x.location(), x.key(), texts.text(x.key(), x.args())))
                            .toList());
        }
        if (e instanceof ConcurrentChangeException || CONFLICT.contains(e.key())) {
            return Problem.of(409, e.key(), detail, instance);
        }
        if (NOT_FOUND.contains(e.key())) {
            return Problem.of(404, e.key(), detail, instance);
        }
        if (BAD_REQUEST.contains(e.key())) {
            return Problem.of(400, e.key(), detail, instance);
        }
        return Problem.of(422, e.key(), detail, instance);
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }
}
