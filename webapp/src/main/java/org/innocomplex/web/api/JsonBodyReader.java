package org.innocomplex.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.innocomplex.access.api.DomainException;

/**
 * Every JSON request body of the API, read strictly in one place: UTF-8 (RFC 8259), one JSON object and nothing after
 * it. The container's own reader answered a body cut short with a 500 (its {@code JsonParsingException} reached the
 * mappers as an unexpected failure), handed an array or a string to a method expecting an object (a 500 "argument
 * type mismatch" that no mapper sees) and ignored whatever followed the first value. Here each of those is a
 * {@code 400} problem naming line and column ({@link Problems#BAD_REQUEST}); members of the wrong type stay
 * {@link JsonInput}'s 422. An empty body is no member at all, as the {@code report} step's completion needs.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<JsonObject> {
    /** the largest body any JSON endpoint takes: a report's draft with every figure and text is far below it */
    static final int MAX_BYTES = 1024 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(
            Class<JsonObject> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entity)
            throws IOException {
        return parse(entity.readNBytes(MAX_BYTES + 1));
    }

    /** @return null for an empty body */
    static JsonObject parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new DomainException("api.error.bodyTooLarge", MAX_BYTES / 1024);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DomainException("api.error.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            // RFC 8259 lets a parser ignore a byte order mark; Windows tools write one
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return null;
        }
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw new DomainException("api.error.notAnObject");
            }
            JsonObject body = parser.getObject();
            if (parser.hasNext()) {
                JsonLocation at = parser.getLocation();
                throw new DomainException("api.error.trailingContent", at.getLineNumber(), at.getColumnNumber());
            }
            return body;
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new DomainException(
                    "api.error.malformedJson",
                    at == null ? 0 : at.getLineNumber(),
                    at == null ? 0 : at.getColumnNumber());
        } catch (JsonException e) {
            throw new DomainException("api.error.malformedJson", 0, 0);
        }
    }

    /** for a test: the same as a request body */
    static JsonObject parse(String body) {
        try {
            return new JsonBodyReader()
                    .readFrom(
                            JsonObject.class,
                            JsonObject.class,
                            new Annotation[0],
                            MediaType.APPLICATION_JSON_TYPE,
                            null,
                            new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
