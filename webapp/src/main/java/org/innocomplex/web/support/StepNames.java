package org.innocomplex.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.innocomplex.workflow.api.StepName;
import org.innocomplex.workflow.api.WorkflowService;

/**
 * The processes' own step names, read once per request however many rows name a step; and the choice of the label a
 * reader sees.
 */
@RequestScoped
public class StepNames {
    @Inject
    WorkflowService workflow;

    private Map<String, StepName> names;

    public StepName of(String key) {
        if (names == null) {
            names = workflow.stepNames();
        }
        return names.get(key);
    }

    /**
     * The label of a step the bundles do not name (one an administrator added): in English its
     * {@code flowable:localization}, in Chinese the name it was created with, else the process's name; the key
     * itself only when nothing names it.
     */
    static String label(StepName process, String storedName, String key, boolean english) {
        String stored = storedName == null || storedName.isBlank() || storedName.equals(key) ? null : storedName;
        String zh = process == null || process.zh() == null || process.zh().isBlank() ? null : process.zh();
        String en = process == null || process.en() == null || process.en().isBlank() ? null : process.en();
        String chinese = stored != null ? stored : zh;
        String label = english ? (en != null ? en : chinese) : chinese;
        return label != null ? label : key == null ? "" : key;
    }
}
