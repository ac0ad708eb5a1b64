package org.innocomplex.workflow.api;

import java.util.List;

/**
 * Why a BPMN file may not be deployed, naming the element; the text is a message-bundle key with arguments so each
 * reader sees it in their own language.
 *
 * @param elementId the offending element's id, or null when the file as a whole is refused (size, not XML, DOCTYPE)
 * @param key       bundle key, e.g. {@code workflow.validation.scriptTask}
 * @param args      the key's arguments (element name, the offending expression, …)
 */
public record ValidationProblem(String elementId, String key, List<String> args) {
    public ValidationProblem {
        args = List.copyOf(args);
    }
}
