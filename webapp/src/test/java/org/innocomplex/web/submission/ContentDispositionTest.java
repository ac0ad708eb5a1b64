package org.innocomplex.web.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void aChineseNameTravelsPercentEncodedAsUtf8WithAnAsciiFallback() {
        assertThat(ContentDisposition.attachment("年度报告.pdf"))
                .isEqualTo(
                        "attachment; filename=\"____.pdf\"; filename*=UTF-8''%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.pdf");
    }

    @Test
    void spacesQuotesAndSemicolonsCannotBreakOutOfTheHeader() {
        String header = ContentDisposition.attachment("a \"b\"; filename=evil.exe\\x.pdf");

        assertThat(header)
                .isEqualTo("attachment; filename=\"a _b_; filename=evil.exe_x.pdf\"; "
                        + "filename*=UTF-8''a%20%22b%22%3B%20filename%3Devil.exe%5Cx.pdf");
    }

    @Test
    void theEncodedNameDecodesToTheOriginal() {
        String name = "2025年 综合体（演示）#1 & 附件+说明~.xlsx";
        String encoded = ContentDisposition.encode(name);

        assertThat(encoded).matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+");
        assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8))
                .isEqualTo(name);
    }

    @Test
    void onlyADecimalIdAfterTheSlashIsAnId() {
        assertThat(EvidenceServlet.id("/123")).contains(123L);
        assertThat(EvidenceServlet.id(null)).isEmpty();
        assertThat(EvidenceServlet.id("/")).isEmpty();
        assertThat(EvidenceServlet.id("/12a")).isEmpty();
        assertThat(EvidenceServlet.id("/1/2")).isEmpty();
        assertThat(EvidenceServlet.id("/-1")).isEmpty();
        assertThat(EvidenceServlet.id("/" + "9".repeat(19))).isEmpty();
    }
}
