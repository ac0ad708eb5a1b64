package org.innocomplex.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import org.innocomplex.access.api.ConcurrentChangeException;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.access.api.Violation.Location;
import org.innocomplex.submission.api.ImportRefusedException;
import org.innocomplex.submission.api.ImportResult;
import org.innocomplex.workflow.api.TaskNotFoundException;
import org.junit.jupiter.api.Test;

class ProblemsTest {
    final ApiTexts zh = ApiTexts.of(Locale.SIMPLIFIED_CHINESE);
    final ApiTexts en = ApiTexts.of(Locale.ENGLISH);

    @Test
    void aRefusalOfTheActorIs403WithTheBundleKeyAsCode() {
        Problem p = Problems.of(new NotAuthorizedException("appraisal.error.notYourReport"), en, "/api/v1/reports/7");
        assertThat(p.status()).isEqualTo(403);
        assertThat(p.code()).isEqualTo("appraisal.error.notYourReport");
        JsonObject json = p.toJson(en);
        assertThat(json.getString("type")).isEqualTo("urn:innocomplex:problem:appraisal.error.notYourReport");
        assertThat(json.getInt("status")).isEqualTo(403);
        assertThat(json.getString("title")).isEqualTo("Not allowed");
        assertThat(json.getString("instance")).isEqualTo("/api/v1/reports/7");
        assertThat(json.getString("detail")).isNotEqualTo("appraisal.error.notYourReport");
    }

    @Test
    void statusesFollowTheKindOfRefusal() {
        assertThat(Problems.of(new NotAuthorizedException("access.error.notLoggedIn"), zh, null)
                        .status())
                .isEqualTo(401);
        assertThat(Problems.of(new ConcurrentChangeException("registry.error.changedByOthers"), zh, null)
                        .status())
                .isEqualTo(409);
        assertThat(Problems.of(new DomainException("appraisal.error.alreadyHandled"), zh, null)
                        .status())
                .isEqualTo(409);
        assertThat(Problems.of(new DomainException("submission.error.unknownReport", 9L), zh, null)
                        .status())
                .isEqualTo(404);
        assertThat(Problems.of(new DomainException("appraisal.expert.error.confirmFirst"), zh, null)
                        .status())
                .isEqualTo(422);
        // a task id that never existed is unknown, not "someone else handled it"
        assertThat(Problems.of(new DomainException("appraisal.error.unknownTask"), zh, null)
                        .status())
                .isEqualTo(404);
        assertThat(Problems.of(new TaskNotFoundException("x"), zh, null).status())
                .isEqualTo(404);
        assertThat(Problems.of(new DomainException("api.error.malformedJson", 1, 2), zh, null)
                        .status())
                .isEqualTo(400);
        Problem internal = Problems.of(new IllegalStateException("secret detail"), zh, null);
        assertThat(internal.status()).isEqualTo(500);
        assertThat(internal.detail()).doesNotContain("secret");
    }

    @Test
    void aWrappedDomainExceptionIsFoundInTheCauses() {
        RuntimeException wrapped = new RuntimeException(new NotAuthorizedException("submission.error.notYourReport"));
        assertThat(Problems.of(wrapped, zh, null).status()).isEqualTo(403);
    }

    @Test
    void everyFieldAtFaultIsListedTranslated() {
        Problem p = Problems.of(
                new ValidationException(
                        "submission.error.invalid",
                        List.of(
                                new Violation("academicians", "submission.error.min", "academicians", 0),
                                new Violation("narrative", "submission.error.required"))),
                zh,
                null);
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.errors()).extracting(Problem.Item::field).containsExactly("academicians", "narrative");
        assertThat(p.errors()).allSatisfy(i -> assertThat(i.detail()).isNotEqualTo(i.code()));
        Problem v = Problems.of(
                new ValidationException(List.of(new Violation("nameZh", "access.error.required"))), en, null);
        assertThat(v.toJson(en).getJsonArray("errors").getJsonObject(0).getString("detail"))
                .isEqualTo("Required");
    }

    @Test
    void aRefusedImportListsEachLineWithItsColumnAsAnyOtherRefusal() {
        ImportRefusedException refused = new ImportRefusedException(new ImportResult(
                5,
                0,
                List.of(
                        Violation.at(
                                Location.row(3, "level"),
                                "submission.import.error.notAChoice",
                                "国家级",
                                "PROVINCIAL, MUNICIPAL"),
                        new Violation(Location.row(6), "registry.error.required", List.of()))));

        JsonObject json = Problems.of(refused, en, "/api/v1/imports/complexes").toJson(en);

        assertThat(json.getInt("status")).isEqualTo(422);
        assertThat(json.getString("code")).isEqualTo("submission.import.error.refused");
        JsonObject line3 = json.getJsonArray("errors").getJsonObject(0);
        assertThat(line3.getInt("row")).isEqualTo(3);
        assertThat(line3.getString("field")).isEqualTo("level");
        assertThat(line3.getString("code")).isEqualTo("submission.import.error.notAChoice");
        assertThat(line3.getString("detail")).contains("国家级");
        JsonObject line6 = json.getJsonArray("errors").getJsonObject(1);
        assertThat(line6.getInt("row")).isEqualTo(6);
        assertThat(line6.containsKey("field")).isFalse();
    }

    @Test
    void aCellAndADiagramsElementAreNamedByTheirOwnMembers() {
        Problem p = Problems.of(
                new ValidationException(List.of(
                        Violation.at(Location.cell("年度报告", 7, "C", "营业收入"), "submission.excel.error.notANumber", "x"),
                        Violation.at(Location.element("evil"), "workflow.validation.scriptTask", "脚本 (evil)"),
                        new Violation((Location) null, "workflow.validation.empty", List.of()))),
                en,
                null);

        var errors = p.toJson(en).getJsonArray("errors");
        JsonObject cell = errors.getJsonObject(0);
        assertThat(cell.getString("sheet")).isEqualTo("年度报告");
        assertThat(cell.getInt("row")).isEqualTo(7);
        assertThat(cell.getString("column")).isEqualTo("C");
        assertThat(cell.getString("heading")).isEqualTo("营业收入");
        assertThat(cell.containsKey("field")).isFalse();
        assertThat(errors.getJsonObject(1).getString("element")).isEqualTo("evil");
        assertThat(errors.getJsonObject(1).keySet()).containsExactlyInAnyOrder("element", "code", "detail");
        assertThat(errors.getJsonObject(2).keySet()).containsExactlyInAnyOrder("code", "detail");
    }

    @Test
    void theLanguageIsTheCallersFirstOfOurs() {
        assertThat(ApiTexts.choose("en-US,en;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(ApiTexts.choose("fr, en;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(ApiTexts.choose("zh-CN,en;q=0.5")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ApiTexts.choose(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ApiTexts.choose(";;;garbage")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void onlyABearerTokenIsACredentialBasicIsNone() {
        assertThat(ApiAuthenticationMechanism.bearer("Bearer ic_abc")).contains("ic_abc");
        assertThat(ApiAuthenticationMechanism.bearer("bearer  ic_abc ")).contains("ic_abc");
        String basic = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString("county-jinyun:Demo@2026".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ApiAuthenticationMechanism.bearer(basic)).isEmpty();
        assertThat(ApiAuthenticationMechanism.bearer("Bearer ")).isEmpty();
        assertThat(ApiAuthenticationMechanism.bearer(null)).isEmpty();
    }

    @Test
    void anOriginIsComparedAsSchemeHostAndPort() {
        assertThat(CrossSiteGuard.normalise("HTTP://LocalHost:80/")).isEqualTo("http://localhost");
        assertThat(CrossSiteGuard.normalise("https://bureau.example:443")).isEqualTo("https://bureau.example");
        assertThat(CrossSiteGuard.normalise("http://127.0.0.1:8181")).isEqualTo("http://127.0.0.1:8181");
        assertThat(CrossSiteGuard.normalise("null")).isNull();
        assertThat(CrossSiteGuard.normalise("http://user@evil.example")).isNull();
        assertThat(CrossSiteGuard.normalise("not a url")).isNull();
    }

    @Test
    void theTypesAFormCanSendAreRecognisedWithTheirParameters() {
        assertThat(CrossSiteGuard.essence("text/plain;charset=UTF-8")).isIn(CrossSiteGuard.FORM_TYPES);
        assertThat(CrossSiteGuard.essence(" Multipart/Form-Data; boundary=x")).isIn(CrossSiteGuard.FORM_TYPES);
        assertThat(CrossSiteGuard.essence("application/x-www-form-urlencoded")).isIn(CrossSiteGuard.FORM_TYPES);
        assertThat(CrossSiteGuard.essence("application/json; charset=utf-8")).isNotIn(CrossSiteGuard.FORM_TYPES);
        assertThat(CrossSiteGuard.essence("text/csv")).isNotIn(CrossSiteGuard.FORM_TYPES);
    }
}
