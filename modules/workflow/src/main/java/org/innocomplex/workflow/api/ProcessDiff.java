package org.innocomplex.workflow.api;

import java.util.List;

/**
 * Two versions of a process compared element by element (ids are the identity), for the visual diff.
 *
 * @param fromXml the older version's BPMN, drawn with REMOVED and CHANGED elements marked
 * @param toXml   the newer version's BPMN, drawn with ADDED and CHANGED elements marked
 */
public record ProcessDiff(
        ProcessVersion from, ProcessVersion to, String fromXml, String toXml, List<ElementChange> changes) {
    public ProcessDiff {
        changes = List.copyOf(changes);
    }

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /**
     * @param elementType BPMN element type, e.g. {@code userTask}, {@code sequenceFlow}
     * @param name        the element's name in the version that has it (newer one when both)
     * @param attributes  for CHANGED: what differs, e.g. {@code name}, {@code formKey}, {@code candidateGroups},
     *                    {@code dueDate}, {@code condition}, {@code timer}, {@code source}, {@code target}
     */
    public record ElementChange(String elementId, String elementType, String name, Kind kind, List<String> attributes) {
        public ElementChange {
            attributes = List.copyOf(attributes);
        }
    }
}
