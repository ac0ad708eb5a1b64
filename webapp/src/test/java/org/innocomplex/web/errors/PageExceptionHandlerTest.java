package org.innocomplex.web.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The parts of the page refusals that need no server: where "reload" leads, the AJAX answer, the parameters. */
class PageExceptionHandlerTest {

    @Test
    void reloadGoesBackToThePageOfThisApplicationOnlyAsAPath() {
        assertThat(PageExceptionHandler.ownPath("http://localhost:8080/appraisal/task.xhtml?id=42", "localhost", 8080,
                "")).isEqualTo("/appraisal/task.xhtml?id=42");
        assertThat(PageExceptionHandler.ownPath("https://ic.example.gov.cn/app/record.xhtml?id=1", "ic.example.gov.cn",
                443, "/app")).isEqualTo("/app/record.xhtml?id=1");
        // another site, another port, another application, no referer: the caller falls back to the request's own URI
        assertThat(PageExceptionHandler.ownPath("http://evil.example/appraisal/task.xhtml", "localhost", 8080, ""))
                .isNull();
        assertThat(PageExceptionHandler.ownPath("http://localhost:9999/x.xhtml", "localhost", 8080, "")).isNull();
        assertThat(PageExceptionHandler.ownPath("http://localhost:8080/other/x.xhtml", "localhost", 8080, "/app"))
                .isNull();
        assertThat(PageExceptionHandler.ownPath("http://localhost:8080//evil.example/x", "localhost", 8080, ""))
                .isNull();
        assertThat(PageExceptionHandler.ownPath("javascript:alert(1)", "localhost", 8080, "")).isNull();
        assertThat(PageExceptionHandler.ownPath(null, "localhost", 8080, "")).isNull();
    }

    @Test
    void theAjaxAnswerCarriesTheMessageEvenWhenItLooksLikeTheEndOfCdata() {
        String xml = PageExceptionHandler.partialError("页面已过期 ]]> <script>");

        assertThat(xml).contains("<error-name>innocomplex.refused</error-name>")
                .contains("<![CDATA[页面已过期 ]]]]><![CDATA[> <script>]]>");
    }

    @Test
    void anIdParameterIsAPositiveWholeNumberOrRefusedByName() {
        assertThat(RequestParams.id("42", "id")).isEqualTo(42L);
        assertThat(RequestParams.id(null, "id")).isNull();
        for (String bad : new String[] {"x", "-1", "0", "1e3", "99999999999999999999", "4 2"}) {
            assertThatThrownBy(() -> RequestParams.id(bad, "id")).isInstanceOf(MalformedRequestException.class)
                    .satisfies(e -> assertThat(((MalformedRequestException) e).args()).containsExactly("id"));
        }
    }

    @Test
    void aTokenParameterHoldsNothingAUrlOrALogCouldMisread() {
        assertThat(RequestParams.token("2f6c1a3e-77b0-11ef-9c3a-0242ac120002", "id")).isNotNull();
        assertThat(RequestParams.token("annual-appraisal:3:1204", "to")).isNotNull();
        assertThat(RequestParams.token("省级审核", "step")).isNotNull();
        assertThatThrownBy(() -> RequestParams.token("x\nINFO forged", "id"))
                .isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> RequestParams.token("<script>", "id")).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> RequestParams.token("a\u202Eb", "id")).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> RequestParams.token(" step", "step")).isInstanceOf(MalformedRequestException.class);
    }
}
