package org.innocomplex.registry.api;

import java.util.List;

/** An expert of the roster; {@code username} is their login and the assignee of their review tasks. */
public record ExpertView(Long id, String username, String name, String title, String field, String organisation,
                         List<String> affiliations) implements java.io.Serializable {
}
