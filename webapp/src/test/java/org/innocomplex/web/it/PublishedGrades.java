package org.innocomplex.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.innocomplex.appraisal.api.GradesPublished;

/** Keeps the publication events a container test causes, as a notification module would receive them. */
@ApplicationScoped
public class PublishedGrades {
    private final List<GradesPublished> seen = new CopyOnWriteArrayList<>();

    void on(@Observes GradesPublished e) {
        seen.add(e);
    }

    public List<GradesPublished> seen() {
        return List.copyOf(seen);
    }
}
