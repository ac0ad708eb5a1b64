package org.innocomplex.registry.api;

import java.util.List;

/**
 * An expert of the roster; {@code username} is their login and the assignee of their review tasks.
 *
 * @param affiliations organisations the expert declared ties to, read by the conflict-of-interest check
 */
public record ExpertData(
        Long id,
        String username,
        String name,
        String title,
        String field,
        String organisation,
        List<String> affiliations,
        long version)
        implements java.io.Serializable {

    public ExpertInput toInput() {
        return new ExpertInput(name, title, field, organisation, affiliations);
    }
}
