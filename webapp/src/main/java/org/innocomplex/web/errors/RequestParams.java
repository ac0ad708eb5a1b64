package org.innocomplex.web.errors;

import jakarta.faces.context.FacesContext;
import java.util.regex.Pattern;

/**
 * The request parameters the backing beans read (a page's {@code ?id=}, {@code ?cycle=}), as untrusted input: what is
 * required and missing, or present and malformed, is a {@link MalformedRequestException} (a 400 naming the parameter)
 * before any service sees it, never a {@code NumberFormatException} or a null deep in a service (a 500).
 */
public final class RequestParams {
    /**
     * the engine's task ids (numbers or UUIDs), BPMN element ids and process keys (XML names: an administrator's may be
     * Chinese), definition ids ({@code key:3:1204}): letters, digits and {@code _.:-}, nothing a URL, a query or a log
     * line could misread
     */
    public static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_.:-]{1,64}");

    private RequestParams() {}

    /** @return the parameter as sent; null when absent or blank */
    public static String raw(String name) {
        String v = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** A database id: a positive whole number. */
    public static long requiredId(String name) {
        Long id = optionalId(name);
        if (id == null) {
            throw refused(name);
        }
        return id;
    }

    /** @return null when absent; a present value that is no positive whole number is refused */
    public static Long optionalId(String name) {
        return id(raw(name), name);
    }

    static Long id(String value, String name) {
        if (value == null) {
            return null;
        }
        if (value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw refused(name);
        }
        long id = Long.parseLong(value);
        if (id <= 0) {
            throw refused(name);
        }
        return id;
    }

    /** An identifier such as a task id. */
    public static String requiredToken(String name) {
        String v = optionalToken(name);
        if (v == null) {
            throw refused(name);
        }
        return v;
    }

    /** @return null when absent; a present value outside {@link #TOKEN} is refused */
    public static String optionalToken(String name) {
        return token(raw(name), name);
    }

    static String token(String value, String name) {
        if (value != null && !TOKEN.matcher(value).matches()) {
            throw refused(name);
        }
        return value;
    }

    public static MalformedRequestException refused(String name) {
        return new MalformedRequestException("error.badParameter", name);
    }
}
