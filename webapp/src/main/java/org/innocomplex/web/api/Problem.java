package org.innocomplex.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.List;
import org.innocomplex.access.api.Violation;

/**
 * An RFC 9457 problem. {@code code} is the message-bundle key of the refusal, stable across releases and languages
 * (clients branch on it, people read {@code detail}); {@code type} is the same code as a URN, so each code is its own
 * problem type. {@code errors} lists each violation of the input with where it points: the members of its
 * {@link Violation.Location} that it has ({@code field}; {@code sheet}, {@code row}, {@code column}, {@code heading};
 * {@code element}), so a client finds the field, the imported line or the cell without parsing the text.
 */
public record Problem(int status, String code, String detail, String instance, List<Item> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:innocomplex:problem:";
    /**
     * looked up once: {@code Json.createObjectBuilder()} looks the provider up by service loading on every call, some
     * 0.8 ms, which was most of the cost of refusing a wrong API token
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** One violation: where it points (null: the input as a whole), its code and its text. */
    public record Item(Violation.Location location, String code, String detail) {
        /** the field at fault, or null */
        public String field() {
            return location == null ? null : location.field();
        }
    }

    public Problem {
        errors = List.copyOf(errors);
    }

    public static Problem of(int status, String code, String detail, String instance) {
        return new Problem(status, code, detail, instance, List.of());
    }

    public JsonObject toJson(ApiTexts texts) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("type", TYPE_PREFIX + code)
                .add("title", title(texts, status))
                .add("status", status)
                .add("detail", detail)
                .add("code", code);
        if (instance != null) {
            b.add("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder a = JSON.createArrayBuilder();
            for (Item i : errors) {
                JsonObjectBuilder e = JSON.createObjectBuilder();
                Violation.Location at = i.location();
                if (at != null) {
                    add(e, "field", at.field());
                    add(e, "sheet", at.sheet());
                    if (at.row() != null) {
                        e.add("row", at.row());
                    }
                    add(e, "column", at.column());
                    add(e, "heading", at.heading());
                    add(e, "element", at.element());
                }
                a.add(e.add("code", i.code()).add("detail", i.detail()));
            }
            b.add("errors", a);
        }
        return b.build();
    }

    private static void add(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    /** The same title for every occurrence of a status, as RFC 9457 asks of a type's title. */
    static String title(ApiTexts texts, int status) {
        String key = "api.problem.title." + status;
        return texts.has(key) ? texts.text(key) : texts.text("api.problem.title.other");
    }

    public Problem withErrors(List<Item> items) {
        return new Problem(status, code, detail, instance, new ArrayList<>(items));
    }
}
