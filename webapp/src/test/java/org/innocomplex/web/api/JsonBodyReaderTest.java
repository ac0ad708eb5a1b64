package org.innocomplex.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.innocomplex.access.api.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every JSON body the API reads: one object in UTF-8 or a 400 problem that says where it went wrong. */
class JsonBodyReaderTest {
    final ApiTexts en = ApiTexts.of(Locale.ENGLISH);

    private Problem problem(String body) {
        DomainException e = catchThrowableOfType(DomainException.class, () -> JsonBodyReader.parse(body));
        assertThat(e).as("refused: %s", body).isNotNull();
        return Problems.of(e, en, "/api/v1/tasks/1/complete");
    }

    @Test
    void anObjectIsReadWithItsMembers() {
        assertThat(JsonBodyReader.parse("{\"approve\":true,\"comment\":\"同意\"}").getString("comment"))
                .isEqualTo("同意");
        assertThat(JsonBodyReader.parse("\uFEFF {\"a\":1} \n").getInt("a")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n"})
    void anEmptyBodyIsNoMemberAtAll(String body) {
        assertThat(JsonBodyReader.parse(body)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"approve\":|api.error.malformedJson",
                "{\"approve\":tru}|api.error.malformedJson",
                "{'approve':true}|api.error.malformedJson",
                "{\"a\":1}{|api.error.malformedJson",
                "{\"a\":1} x|api.error.malformedJson",
                "[1,2]|api.error.notAnObject",
                "\"approve\"|api.error.notAnObject",
                "42|api.error.notAnObject",
                "null|api.error.notAnObject"
            })
    void whatIsNoSingleJsonObjectIsA400NamingWhy(String body, String code) {
        Problem p = problem(body);

        assertThat(p.status()).isEqualTo(400);
        assertThat(p.code()).isIn(code, "api.error.trailingContent");
        assertThat(p.detail()).doesNotContain("api.error").doesNotContain("Exception");
    }

    @Test
    void theDetailSaysWhereTheBodyBroke() {
        assertThat(problem("{\n  \"approve\": tru\n}").detail())
                .isEqualTo("The body is not valid JSON (line 2, column 17)");
    }

    @Test
    void bytesThatAreNoUtf8AreRefused() {
        byte[] gbk = "{\"comment\":\"同意\"}".getBytes(java.nio.charset.Charset.forName("GB18030"));
        DomainException e = catchThrowableOfType(DomainException.class, () -> JsonBodyReader.parse(gbk));
        assertThat(Problems.of(e, en, null).status()).isEqualTo(400);
        assertThat(e.key()).isEqualTo("api.error.notUtf8");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeParsing() {
        byte[] big =
                ("{\"comment\":\"" + "x".repeat(JsonBodyReader.MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
        DomainException e = catchThrowableOfType(DomainException.class, () -> JsonBodyReader.parse(big));
        assertThat(e.key()).isEqualTo("api.error.bodyTooLarge");
    }
}
