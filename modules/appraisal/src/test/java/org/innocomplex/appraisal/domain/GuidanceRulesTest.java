package org.innocomplex.appraisal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.Violation;
import org.innocomplex.appraisal.api.GuidanceNoteInput;
import org.junit.jupiter.api.Test;

class GuidanceRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static GuidanceNoteInput note(LocalDate visit, String place, List<String> recs) {
        return new GuidanceNoteInput(1L, null, visit, place, "王教授、运营单位负责人", "展示厅内容陈旧", recs);
    }

    @Test
    void aCompleteNotePasses() {
        assertThat(GuidanceRules.checkNote(note(TODAY, "缙云县新碧街道", List.of("更新展示内容", " ")), TODAY))
                .isEmpty();
        assertThat(GuidanceRules.recommendations(List.of(" 更新展示内容 ", " ", "增加服务人员")))
                .containsExactly("更新展示内容", "增加服务人员");
    }

    @Test
    void missingFieldsFutureVisitAndNoRecommendationAreRefusedByField() {
        List<Violation> errors = GuidanceRules.checkNote(
                new GuidanceNoteInput(1L, null, TODAY.plusDays(1), " ", null, "问题", List.of("  ")), TODAY);

        assertThat(errors)
                .extracting(Violation::field)
                .containsExactly("visitDate", "place", "participants", "recommendations");
        assertThat(errors)
                .extracting(Violation::key)
                .containsExactly(
                        "appraisal.guidance.error.visitDateFuture",
                        "appraisal.guidance.error.required",
                        "appraisal.guidance.error.required",
                        "appraisal.guidance.error.recommendationRequired");
        assertThat(GuidanceRules.checkNote(note(null, "x", List.of("y")), TODAY))
                .extracting(Violation::key)
                .containsExactly("appraisal.guidance.error.visitDateRequired");
    }

    @Test
    void tooLongTextIsRefused() {
        assertThat(GuidanceRules.checkNote(note(TODAY, "地".repeat(501), List.of("y")), TODAY))
                .extracting(Violation::key)
                .containsExactly("appraisal.guidance.error.tooLong");
    }

    @Test
    void aFollowUpNeedsTheActionAndAPastDate() {
        assertThat(GuidanceRules.checkFollowUp("已更新展示内容", TODAY, TODAY)).isEmpty();
        assertThat(GuidanceRules.checkFollowUp("", TODAY.plusDays(2), TODAY))
                .extracting(Violation::key)
                .containsExactly("appraisal.guidance.error.required", "appraisal.guidance.error.doneOnFuture");
    }

    @Test
    void filesAreRecognisedByTheirFirstBytesNotTheirName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
        byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] html = "<html><script>".getBytes(StandardCharsets.US_ASCII);

        assertThat(GuidanceFiles.refusal(png, GuidanceFiles.PHOTO_TYPES)).isEmpty();
        assertThat(GuidanceFiles.refusal(jpeg, GuidanceFiles.PHOTO_TYPES)).isEmpty();
        assertThat(GuidanceFiles.refusal(pdf, GuidanceFiles.PHOTO_TYPES))
                .contains("appraisal.guidance.error.photoType");
        assertThat(GuidanceFiles.refusal(pdf, GuidanceFiles.EVIDENCE_TYPES)).isEmpty();
        assertThat(GuidanceFiles.refusal(html, GuidanceFiles.EVIDENCE_TYPES))
                .contains("appraisal.guidance.error.evidenceType");
        assertThat(GuidanceFiles.refusal(new byte[0], GuidanceFiles.PHOTO_TYPES))
                .contains("appraisal.guidance.error.fileEmpty");
        byte[] big = Arrays.copyOf(png, GuidanceFiles.MAX_BYTES + 1);
        assertThat(GuidanceFiles.refusal(big, GuidanceFiles.PHOTO_TYPES))
                .contains("appraisal.guidance.error.fileTooLarge");
        assertThat(GuidanceFiles.cleanName("C:\\photos\\展示厅.jpg")).isEqualTo("展示厅.jpg");
    }

    @Test
    void accessFollowsTheComplexsCountyCityOperatorAndAssignment() {
        Actor operator = new Actor("op", "op", Role.OPERATOR, "331122", 7L);
        Actor otherOperator = new Actor("op2", "op2", Role.OPERATOR, "331122", 8L);
        Actor county = new Actor("c", "c", Role.COUNTY_OFFICIAL, "331122", null);
        Actor otherCounty = new Actor("c2", "c2", Role.COUNTY_OFFICIAL, "331121", null);
        Actor city = new Actor("m", "m", Role.MUNICIPAL_OFFICIAL, "331100", null);
        Actor expert = new Actor("e", "e", Role.EXPERT, null, null);

        assertThat(GuidanceAccess.canRead(TestScopes.of(operator), 7L, "331122", false))
                .isTrue();
        assertThat(GuidanceAccess.canRead(TestScopes.of(otherOperator), 7L, "331122", false))
                .isFalse();
        assertThat(GuidanceAccess.canWrite(TestScopes.of(operator), "331122", false))
                .isFalse();
        assertThat(GuidanceAccess.canFollowUp(operator, 7L)).isTrue();
        assertThat(GuidanceAccess.canFollowUp(otherOperator, 7L)).isFalse();
        assertThat(GuidanceAccess.canFollowUp(county, 7L)).isFalse();
        assertThat(GuidanceAccess.canWrite(TestScopes.of(county), "331122", false))
                .isTrue();
        assertThat(GuidanceAccess.canRead(TestScopes.of(otherCounty), 7L, "331122", false))
                .isFalse();
        assertThat(GuidanceAccess.canWrite(TestScopes.of(city), "331122", false))
                .isTrue();
        assertThat(GuidanceAccess.canWrite(TestScopes.of(expert), "331122", true))
                .isTrue();
        assertThat(GuidanceAccess.canRead(TestScopes.of(expert), 7L, "331122", false))
                .isFalse();
    }
}
