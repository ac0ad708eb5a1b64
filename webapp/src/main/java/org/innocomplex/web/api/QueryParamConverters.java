package org.innocomplex.web.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.function.Function;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;

/**
 * Numbers and booleans in query parameters, read strictly for every resource at once. JAX-RS itself answers
 * {@code ?first=x} with a bare 404 "no such resource" and reads {@code ?overdue=maybe} as false; here either is a 422
 * naming the parameter and what it accepts, like {@link Params#enumOf}. Only the wrapper types are converted
 * (resources declare {@code Boolean}, not {@code boolean}): an absent parameter stays null, which the resource reads
 * as its default.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = null;
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                name = q.value();
            }
        }
        if (name == null) {
            return null;
        }
        String param = name;
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(param, "api.error.notAWholeNumber", s -> Integer.valueOf(s.strip()));
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) converter(param, "api.error.notAWholeNumber", s -> Long.valueOf(s.strip()));
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) converter(
                    param, "api.error.notABoolean", s -> switch (s.strip().toLowerCase(Locale.ROOT)) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        default -> throw new NumberFormatException(s);
                    });
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(String param, String key, Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (NumberFormatException e) {
                    // not an IllegalArgumentException: the container would quietly use the default instead
                    throw new ValidationException(java.util.List.of(new Violation(param, key, param, value)));
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
