package org.innocomplex.web.workflow;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.innocomplex.web.errors.RequestParams;
import org.innocomplex.web.support.Faces;
import org.innocomplex.web.support.Formats;
import org.innocomplex.workflow.api.ProcessVersion;

/** What the workflow pages share: request parameters, UTC times shown in the bureau's zone, deployers' names. */
final class WorkflowPages {
    static final String SYSTEM = "system";

    private WorkflowPages() {}

    /** a process key, definition id or the like; a malformed one is refused with a 400 */
    static String param(String name) {
        return RequestParams.optionalToken(name);
    }

    static String when(Formats fmt, LocalDateTime utc) {
        return utc == null ? "" : fmt.dateTime(utc.toInstant(ZoneOffset.UTC));
    }

    /** "v3": the version's name as the bundles spell it */
    static String version(Faces faces, ProcessVersion v) {
        return faces.text("workflow.version", v.version());
    }

    /** "v3 · 2026-11-27 10:07 · admin", as the diff's and the modeler's headings name a version */
    static String label(Faces faces, Formats fmt, ProcessVersion v) {
        return version(faces, v) + " · " + when(fmt, v.deployedAt()) + " · " + who(faces, v.deployedBy());
    }

    /** The product's own BPMN is deployed by "system"; the page says so in the reader's language. */
    static String who(Faces faces, String username) {
        return SYSTEM.equals(username) ? faces.text("workflow.definitions.system") : username;
    }

    /**
     * A problem string from the engine side is either one of the product's bundle keys or Flowable's own sentence
     * (migration validation speaks English only); a key is translated, a sentence shown as it came.
     */
    static String problemText(Faces faces, String problem) {
        return problem != null && faces.has(problem) ? faces.text(problem) : problem;
    }

    static String texts(Faces faces, List<String> problems) {
        return String.join(
                "; ", problems.stream().map(p -> problemText(faces, p)).toList());
    }
}
