package org.innocomplex.access.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "缙云锯床综合体",
                "Jinyun Sawing Machine Complex",
                "O'Brien & Co., Ltd. (No. 2)",
                "王·小明",
                "😀 emoji",
                "Café",
                ""
            })
    void ordinaryTextPasses(String text) {
        assertThat(PlainText.firstForbidden(text, false)).isEmpty();
    }

    @Test
    void controlFormatAndSeparatorCharactersAreNamed() {
        assertThat(PlainText.check("name", "a\u0000b", false))
                .contains(new Violation("name", PlainText.REFUSAL, "U+0000"));
        assertThat(PlainText.firstForbidden("invoice\u202Efdp.exe", false)).contains(0x202E);
        assertThat(PlainText.firstForbidden("a\u2066b\u2069", false)).contains(0x2066);
        assertThat(PlainText.firstForbidden("zero\u200Bwidth", false)).contains(0x200B);
        assertThat(PlainText.firstForbidden("a\u2028b", true)).contains(0x2028);
        assertThat(PlainText.firstForbidden("esc\u001B[31m", true)).contains(0x1B);
        assertThat(PlainText.firstForbidden("\uE000private", false)).contains(0xE000);
    }

    @Test
    void lineBreaksAndTabsOnlyInMultiLineText() {
        assertThat(PlainText.firstForbidden("第一段\r\n第二段\t完", true)).isEmpty();
        assertThat(PlainText.firstForbidden("第一段\n第二段", false)).contains((int) '\n');
        assertThat(PlainText.firstForbidden("a\tb", false)).contains((int) '\t');
    }

    @Test
    void nullIsNoText() {
        assertThat(PlainText.check("name", null, false)).isEmpty();
    }

    @Test
    void aLogLineCannotBeBrokenOrReversedByWhatTheCallerSent() {
        assertThat(PlainText.forLog("/login.xhtml\r\n[SEVERE] forged\u202E", 200))
                .isEqualTo("/login.xhtml??[SEVERE] forged?");
        assertThat(PlainText.forLog("x".repeat(300), 10)).isEqualTo("xxxxxxxxxx…");
        assertThat(PlainText.forLog(null, 10)).isEqualTo("-");
    }
}
