package org.innocomplex.web.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.appraisal.api.ProcessAdministrationService;
import org.innocomplex.web.support.Faces;
import org.innocomplex.web.support.Formats;
import org.innocomplex.workflow.api.MigrationPreview;
import org.innocomplex.workflow.api.MigrationResult;
import org.innocomplex.workflow.api.ProcessVersion;
import org.innocomplex.workflow.api.RunningInstance;

/**
 * {@code workflow/migration.xhtml?key=&from=&to=} (administrators): the running instances of an old version, chosen
 * by the administrator, previewed one by one against the target version (where each current activity goes, what
 * cannot move and why, from Flowable's migration validation), then migrated as a batch of the movable ones, each
 * instance's outcome shown. The service migrates each instance in its own transaction, so one failure leaves the
 * others migrated, and the page shows both.
 */
@Named
@ViewScoped
public class MigrationView implements Serializable {
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
    private List<RunningInstance> instances = List.of();
    private List<RunningInstance> selected = new ArrayList<>();
    private List<MigrationPreview> previews = List.of();
    private List<MigrationResult> results = List.of();

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
            if (versions.isEmpty()) {
                return;
            }
            to = pick(WorkflowPages.param("to"), versions.get(0).definitionId());
            from = pick(
                    WorkflowPages.param("from"),
                    versions.stream()
                            .skip(1)
                            .filter(v -> v.running() > 0)
                            .map(ProcessVersion::definitionId)
                            .findFirst()
                            .orElse(versions.size() > 1 ? versions.get(1).definitionId() : null));
            reload();
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    private String pick(String wanted, String fallback) {
        return wanted != null
                        && versions.stream().anyMatch(v -> v.definitionId().equals(wanted))
                ? wanted
                : fallback;
    }

    /** A new source or target version: its instances afresh, and nothing previewed for the old pair. */
    public void reload() {
        instances = from == null ? List.of() : admin.runningInstances(currentUser.require(), from);
        selected = new ArrayList<>();
        previews = List.of();
    }

    public void preview() {
        results = List.of();
        if (selected.isEmpty()) {
            faces.error(null, "workflow.migration.noneSelected");
            previews = List.of();
            return;
        }
        if (to == null || to.equals(from)) {
            faces.error(null, "workflow.migration.sameVersion");
            return;
        }
        try {
            previews = admin.previewMigration(currentUser.require(), ids(selected), to);
            long movable =
                    previews.stream().filter(MigrationPreview::migratable).count();
            faces.info("workflow.migration.previewed", previews.size(), movable);
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    /** Migrates the previewed instances that can move; the others stay where they are, named in the preview. */
    public void migrate() {
        List<String> movable = previews.stream()
                .filter(MigrationPreview::migratable)
                .map(MigrationPreview::processInstanceId)
                .toList();
        if (movable.isEmpty()) {
            faces.error(null, "workflow.migration.nothingMovable");
            return;
        }
        try {
            results = admin.migrate(currentUser.require(), movable, to);
            long migrated = results.stream().filter(MigrationResult::migrated).count();
            if (migrated == results.size()) {
                faces.info("workflow.migration.done", migrated);
            } else {
                faces.error(null, "workflow.migration.partly", migrated, results.size() - migrated);
            }
            previews = List.of();
            instances = admin.runningInstances(currentUser.require(), from);
            selected = new ArrayList<>();
            versions = admin.versions(currentUser.require(), key);
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    private static List<String> ids(List<RunningInstance> list) {
        return list.stream().map(RunningInstance::processInstanceId).toList();
    }

    public String version(ProcessVersion v) {
        return WorkflowPages.version(faces, v);
    }

    public String label(ProcessVersion v) {
        return WorkflowPages.version(faces, v) + " · " + faces.text("workflow.migration.runningCount", v.running());
    }

    public String started(RunningInstance i) {
        return WorkflowPages.when(fmt, i.startedAt());
    }

    public String activities(RunningInstance i) {
        return String.join(
                ", ", i.currentActivityIds().stream().map(a -> fmt.step(a, a)).toList());
    }

    public List<Map.Entry<String, String>> mapping(MigrationPreview p) {
        return List.copyOf(new java.util.TreeMap<>(p.activityMapping()).entrySet());
    }

    public String step(String activityId) {
        return fmt.step(activityId, activityId);
    }

    public String problems(MigrationPreview p) {
        return WorkflowPages.texts(faces, p.problems());
    }

    public String message(MigrationResult r) {
        return WorkflowPages.problemText(faces, r.message());
    }

    public boolean isAnyMovable() {
        return previews.stream().anyMatch(MigrationPreview::migratable);
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

    public List<RunningInstance> getInstances() {
        return instances;
    }

    public List<RunningInstance> getSelected() {
        return selected;
    }

    public void setSelected(List<RunningInstance> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public List<MigrationPreview> getPreviews() {
        return previews;
    }

    public List<MigrationResult> getResults() {
        return results;
    }
}
