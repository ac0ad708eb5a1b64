package org.innocomplex.web.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The parts of the page refusals that need no server: where "reload" leads, the AJAX answer, the parameters. */
class PageExceptionHandlerTest {

    @Test
    void theAjaxAnswerCarriesTheMessageEvenWhenItLooksLikeTheEndOfCdata() {
        String xml = PageExceptionHandler.partialError("页面已过期 ]]> <script>");

        assertThat(xml)
                .contains("<error-name>innocomplex.refused</error-name>")
                .contains("<![CDATA[页面已过期 ]]]]><![CDATA[> <script>]]>");
    }

    @Test
    void anIdParameterIsAPositiveWholeNumberOrRefusedByName() {
        assertThat(RequestParams.id("42", "id")).isEqualTo(42L);
        assertThat(RequestParams.id(null, "id")).isNull();
        for (String bad : new String[] {"x", "-1", "0", "1e3", "99999999999999999999", "4 2"}) {
            assertThatThrownBy(() -> RequestParams.id(bad, "id"))
                    .isInstanceOf(MalformedRequestException.class)
                    .satisfies(e ->
                            assertThat(((MalformedRequestException) e).args()).containsExactly("id"));
        }
    }

    @Test
    void aTokenParameterHoldsNothingAUrlOrALogCouldMisread() {
        assertThat(RequestParams.token("2f6c1a3e-77b0-11ef-9c3a-0242ac120002", "id"))
                .isNotNull();
        assertThat(RequestParams.token("annual-appraisal:3:1204", "to")).isNotNull();
        assertThat(RequestParams.token("省级审核", "step")).isNotNull();
        assertThatThrownBy(() -> RequestParams.token("x\nINFO forged", "id"))
                .isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> RequestParams.token("<script>", "id")).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> RequestParams.token("a\u202Eb", "id")).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> RequestParams.token(" step", "step")).isInstanceOf(MalformedRequestException.class);
    }
}
