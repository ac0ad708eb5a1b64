package org.innocomplex.web.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.appraisal.api.ProcessAdministrationService;
import org.innocomplex.web.support.Faces;
import org.innocomplex.web.support.Formats;
import org.innocomplex.workflow.api.ProcessDiff;
import org.innocomplex.workflow.api.ProcessVersion;

/**
 * {@code workflow/diff.xhtml?key=&from=&to=} (administrators): two versions of a process drawn side by side, the
 * older with its removed and changed elements marked, the newer with its added and changed ones, and the same
 * changes listed. Without {@code from}/{@code to} it compares the latest version with the one before it.
 */
@Named
@ViewScoped
public class DiffView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProcessAdministrationService admin;

    @Inject
    CurrentUser currentUser;

    @Inject
    Faces faces;

    @Inject
    Formats fmt;

    private String key;
    private List<ProcessVersion> versions = List.of();
    private String from;
    private String to;
    private ProcessDiff diff;

    @PostConstruct
    void load() {
        try {
            var actor = currentUser.require();
            key = WorkflowPages.param("key");
            if (key == null) {
                List<String> keys = admin.processKeys(actor);
                key = keys.isEmpty() ? null : keys.get(0);
            }
            if (key == null) {
                return;
            }
            versions = admin.versions(actor, key);
            from = known(WorkflowPages.param("from"), 1);
            to = known(WorkflowPages.param("to"), 0);
            if (from != null && to != null && !from.equals(to)) {
                diff = admin.diff(actor, from, to);
            }
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    /** The requested version when it is one of this key's, else the n-th newest. */
    private String known(String definitionId, int fallback) {
        if (definitionId != null
                && versions.stream().anyMatch(v -> v.definitionId().equals(definitionId))) {
            return definitionId;
        }
        return versions.size() > fallback ? versions.get(fallback).definitionId() : null;
    }

    /** Compares the chosen pair on a fresh page, so the address names what is shown. */
    public void compare() {
        if (from != null && from.equals(to)) {
            faces.error(null, "workflow.diff.same");
            return;
        }
        faces.redirect("/workflow/diff.xhtml?key=" + enc(key) + "&from=" + enc(from) + "&to=" + enc(to));
    }

    private static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** What the diff script draws: both BPMN files and the changes, with {@code <} escaped for the script element. */
    public String getDiffJson() {
        if (diff == null) {
            return null;
        }
        var changes = Json.createArrayBuilder();
        diff.changes()
                .forEach(c -> changes.add(Json.createObjectBuilder()
                        .add("id", c.elementId())
                        .add("kind", c.kind().name())));
        String json = Json.createObjectBuilder()
                .add("from", diff.fromXml())
                .add("to", diff.toXml())
                .add("changes", changes)
                .build()
                .toString();
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** A changed attribute's label in the reader's language; an attribute the bundle does not know, as it is. */
    public String attributes(ProcessDiff.ElementChange c) {
        return String.join(
                ", ",
                c.attributes().stream()
                        .map(a -> {
                            String k = "workflow.diff.attr." + a;
                            return faces.has(k) ? faces.text(k) : a;
                        })
                        .toList());
    }

    public String version(ProcessVersion v) {
        return WorkflowPages.version(faces, v);
    }

    public String label(ProcessVersion v) {
        return WorkflowPages.label(faces, fmt, v);
    }

    public String getKey() {
        return key;
    }

    public List<ProcessVersion> getVersions() {
        return versions;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public ProcessDiff getDiff() {
        return diff;
    }
}
