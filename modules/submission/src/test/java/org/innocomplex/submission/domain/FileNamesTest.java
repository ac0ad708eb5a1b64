package org.innocomplex.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "年度报告.pdf|年度报告.pdf",
                "C:\\Users\\op\\Desktop\\年度报告.pdf|年度报告.pdf",
                "/home/op/../../etc/passwd.pdf|passwd.pdf",
                "  spaced   out\t name .pdf  |spaced out name .pdf",
                "report.pdf. . .|report.pdf",
                "tab\there.png|tab here.png"
            })
    void keepsTheLastPathSegmentTidied(String original, String expected) {
        assertThat(FileNames.sanitise(original)).isEqualTo(expected);
    }

    @Test
    void dropsControlAndBidirectionalFormattingCharacters() {
        // line breaks are white space and read as one space; NUL and BEL vanish
        assertThat(FileNames.sanitise("evil\u0000\u0007name\r\n.pdf")).isEqualTo("evilname .pdf");
        // U+202E (right-to-left override) would make "invoice\u202Efdp.exe" read as "invoiceexe.pdf"
        assertThat(FileNames.sanitise("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(FileNames.sanitise("zero\u200Bwidth.pdf")).isEqualTo("zerowidth.pdf");
    }

    @Test
    void composesDecomposedCharacters() {
        assertThat(FileNames.sanitise("Cafe\u0301.pdf")).isEqualTo("Caf\u00e9.pdf");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "..", ".", "dir/", "C:\\dir\\", "\u0000\u202E"})
    void leavesNothingWhenNothingUsableIsThere(String original) {
        assertThat(FileNames.sanitise(original)).isEmpty();
    }

    @Test
    void shortensALongNameButKeepsItsExtension() {
        String name = "很".repeat(300) + ".docx";

        String safe = FileNames.sanitise(name);

        assertThat(safe.codePointCount(0, safe.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(safe).endsWith("很.docx");
    }

    @Test
    void shortensByCodePointsNeverSplittingASurrogatePair() {
        String safe = FileNames.sanitise("😀".repeat(250) + ".pdf");

        assertThat(safe.codePointCount(0, safe.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(safe).endsWith("😀.pdf");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"a.PDF|pdf", "a.tar.gz|gz", "noext|''", ".pdf|''", "a.|''", "报告.Docx|docx"})
    void extensionIsTheLowerCasePartAfterTheLastDot(String name, String ext) {
        assertThat(FileNames.extension(name)).isEqualTo(ext);
    }
}
