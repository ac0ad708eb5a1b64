package org.innocomplex.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where "reload" and the language switch send the user back to: never another site. */
class OwnPathTest {

    @Test
    void onlyAPageOfThisApplicationOnThisHostQualifiesAndOnlyAsAPath() {
        assertThat(OwnPath.of("http://localhost:8080/appraisal/task.xhtml?id=42", "localhost", 8080, ""))
                .isEqualTo("/appraisal/task.xhtml?id=42");
        assertThat(OwnPath.of("https://ic.example.gov.cn/app/record.xhtml?id=1", "ic.example.gov.cn", 443, "/app"))
                .isEqualTo("/app/record.xhtml?id=1");
        // another site, another port, another application, no referer: nothing
        assertThat(OwnPath.of("http://evil.example/appraisal/task.xhtml", "localhost", 8080, ""))
                .isNull();
        assertThat(OwnPath.of("http://localhost:9999/x.xhtml", "localhost", 8080, ""))
                .isNull();
        assertThat(OwnPath.of("http://localhost:8080/other/x.xhtml", "localhost", 8080, "/app"))
                .isNull();
        assertThat(OwnPath.of("http://localhost:8080//evil.example/x", "localhost", 8080, ""))
                .isNull();
        assertThat(OwnPath.of("javascript:alert(1)", "localhost", 8080, "")).isNull();
        assertThat(OwnPath.of(null, "localhost", 8080, "")).isNull();
    }
}
