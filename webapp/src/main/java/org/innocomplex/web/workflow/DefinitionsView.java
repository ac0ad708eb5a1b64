package org.innocomplex.web.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.appraisal.api.ProcessAdministrationService;
import org.innocomplex.web.support.Faces;
import org.innocomplex.web.support.Formats;
import org.innocomplex.workflow.api.ProcessVersion;

/**
 * {@code workflow/definitions.xhtml} (administrators): each process key with its versions, who deployed each and
 * when, how many instances run on it and have finished, and suspending or re-activating a version. The key comes
 * from {@code ?key=}, else the first one deployed.
 */
@Named
@ViewScoped
public class DefinitionsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProcessAdministrationService admin;

    @Inject
    CurrentUser currentUser;

    @Inject
    Faces faces;

    @Inject
    Formats fmt;

    private List<String> keys = List.of();
    private String key;
    private List<ProcessVersion> versions = List.of();

    @PostConstruct
    void load() {
        try {
            keys = admin.processKeys(currentUser.require());
            String wanted = WorkflowPages.param("key");
            key = wanted != null && keys.contains(wanted) ? wanted : keys.isEmpty() ? null : keys.get(0);
            refresh();
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public void refresh() {
        versions = key == null ? List.of() : admin.versions(currentUser.require(), key);
    }

    public void suspend(ProcessVersion v) {
        try {
            admin.suspend(currentUser.require(), v.definitionId());
            faces.info("workflow.definitions.suspendedMsg", v.key(), v.version());
        } catch (DomainException e) {
            faces.error(e);
        }
        refresh();
    }

    public void activate(ProcessVersion v) {
        try {
            admin.activate(currentUser.require(), v.definitionId());
            faces.info("workflow.definitions.activatedMsg", v.key(), v.version());
        } catch (DomainException e) {
            faces.error(e);
        }
        refresh();
    }

    /** The newest version, which new reports start on. */
    public boolean latest(ProcessVersion v) {
        return !versions.isEmpty() && versions.get(0).definitionId().equals(v.definitionId());
    }

    /** The version before this one, to compare against; null for the first. */
    public ProcessVersion previous(ProcessVersion v) {
        int i = versions.indexOf(v);
        return i >= 0 && i + 1 < versions.size() ? versions.get(i + 1) : null;
    }

    public String when(ProcessVersion v) {
        return WorkflowPages.when(fmt, v.deployedAt());
    }

    public String who(ProcessVersion v) {
        return WorkflowPages.who(faces, v.deployedBy());
    }

    public List<String> getKeys() {
        return keys;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public List<ProcessVersion> getVersions() {
        return versions;
    }
}
