package org.innocomplex.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;

/**
 * Reads request bodies member by member, so a value of the wrong JSON type is refused naming its member (a 422 with
 * {@code api.error.wrongType}) rather than failing the whole body with a parser's message. Numbers may come as JSON
 * numbers or as strings ({@code "1250.5"}): spreadsheets and shell scripts send both.
 */
final class JsonInput {
    private final JsonObject body;
    private final List<Violation> violations = new ArrayList<>();

    JsonInput(JsonObject body) {
        this.body = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    }

    String string(String member) {
        JsonValue v = body.get(member);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        violations.add(new Violation(member, "api.error.wrongType", member, "string"));
        return null;
    }

    Boolean bool(String member) {
        JsonValue v = body.get(member);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v == JsonValue.TRUE
                || v == JsonValue.FALSE
                || v.getValueType() == JsonValue.ValueType.TRUE
                || v.getValueType() == JsonValue.ValueType.FALSE) {
            return v.getValueType() == JsonValue.ValueType.TRUE;
        }
        violations.add(new Violation(member, "api.error.wrongType", member, "boolean"));
        return null;
    }

    List<String> strings(String member) {
        JsonValue v = body.get(member);
        List<String> out = new ArrayList<>();
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return out;
        }
        if (!(v instanceof JsonArray a) || a.stream().anyMatch(x -> !(x instanceof JsonString))) {
            violations.add(new Violation(member, "api.error.wrongType", member, "array of strings"));
            return out;
        }
        a.forEach(x -> out.add(((JsonString) x).getString()));
        return out;
    }

    /** An object of numbers by code; a member that is no number is named as {@code member.code}. */
    Map<String, BigDecimal> numbers(String member) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        JsonObject o = object(member);
        if (o == null) {
            return out;
        }
        o.forEach((code, v) -> {
            if (v instanceof JsonNumber n) {
                out.put(code, n.bigDecimalValue());
            } else if (v instanceof JsonString s && !s.getString().isBlank()) {
                try {
                    out.put(code, new BigDecimal(s.getString().strip()));
                } catch (NumberFormatException e) {
                    violations.add(new Violation(member + "." + code, "api.error.wrongType", code, "number"));
                }
            } else if (v.getValueType() != JsonValue.ValueType.NULL && !(v instanceof JsonString)) {
                violations.add(new Violation(member + "." + code, "api.error.wrongType", code, "number"));
            }
        });
        return out;
    }

    Map<String, String> texts(String member) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonObject o = object(member);
        if (o == null) {
            return out;
        }
        o.forEach((code, v) -> {
            if (v instanceof JsonString s) {
                out.put(code, s.getString());
            } else if (v.getValueType() != JsonValue.ValueType.NULL) {
                violations.add(new Violation(member + "." + code, "api.error.wrongType", code, "string"));
            }
        });
        return out;
    }

    private JsonObject object(String member) {
        JsonValue v = body.get(member);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonObject o) {
            return o;
        }
        violations.add(new Violation(member, "api.error.wrongType", member, "object"));
        return null;
    }

    /** Refuses once, naming every member of the wrong type. */
    void check() {
        ValidationException.throwIfAny(violations);
    }
}
