package org.innocomplex.web.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.UserService;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.web.support.Faces;

/**
 * The registry's audit lines in the reader's language. The trail stores language-neutral lines
 * ({@code field: old → new}, field names as in the input records, enum constants, county codes); this labels the
 * field ({@code registry.field.*}) and the values that have names, and leaves free text as it was typed.
 */
@ApplicationScoped
public class AuditText {
    static final String ARROW = " → ";
    static final String NONE = "—";

    @Inject
    Faces faces;

    @Inject
    RegistryService registry;

    @Inject
    UserService users;

    /** One entry of a history table: when, who (display name), what (labelled), and the changed fields. */
    public record Row(Instant at, String actor, String action, List<String> lines) implements java.io.Serializable {}

    /**
     * @param entries the history of one complex: lines naming that complex ({@code complexId}) are left out as
     *                saying nothing on its own page
     */
    public List<Row> rows(Collection<AuditTrail.Entry> entries, boolean chinese) {
        Map<String, String> names =
                users.displayNames(entries.stream().map(AuditTrail.Entry::actor).toList());
        return entries.stream()
                .map(e -> new Row(
                        e.at(),
                        actor(e.actor(), names),
                        label("registry.audit." + e.action(), e.action()),
                        lines(e.detail(), e.action().startsWith("INSTITUTION_"), chinese)))
                .toList();
    }

    /** a user's display name; the start-up's own writes ("system") have a label of their own */
    private String actor(String username, Map<String, String> names) {
        String name = names.getOrDefault(username, username);
        return name.equals(username) ? label("registry.history.actor." + username, name) : name;
    }

    List<String> lines(String detail, boolean institution, boolean chinese) {
        if (detail == null || detail.isBlank()) {
            return List.of();
        }
        return Arrays.stream(detail.split("\n"))
                .filter(l -> !l.startsWith("complexId: "))
                .map(l -> line(l, institution, chinese))
                .toList();
    }

    private String line(String line, boolean institution, boolean chinese) {
        int colon = line.indexOf(": ");
        if (colon < 0) {
            return line;
        }
        String field = line.substring(0, colon);
        String rest = line.substring(colon + 2);
        int arrow = rest.indexOf(ARROW);
        String values = arrow < 0
                ? value(field, rest, institution, chinese)
                : value(field, rest.substring(0, arrow), institution, chinese)
                        + ARROW
                        + value(field, rest.substring(arrow + ARROW.length()), institution, chinese);
        return label("registry.field." + field, field) + (chinese ? "：" : ": ") + values;
    }

    private String value(String field, String v, boolean institution, boolean chinese) {
        if (NONE.equals(v)) {
            return v;
        }
        return switch (field) {
            case "level" -> label("registry.level." + v, v);
            case "listStatus" -> label("registry.listStatus." + v, v);
            case "kind" -> label("registry.institution.kind." + v, v);
            case "countyCode" -> registry.county(v).map(c -> c.name(chinese)).orElse(v);
            case "active" -> label((institution ? "registry.institution.active." : "registry.flag.active.") + v, v);
            case "demo" -> label("registry.flag." + v, v);
            default -> v;
        };
    }

    private String label(String key, String fallback) {
        return faces.has(key) ? faces.text(key) : fallback;
    }
}
