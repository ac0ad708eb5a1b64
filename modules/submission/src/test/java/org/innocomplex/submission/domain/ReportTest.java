package org.innocomplex.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.submission.api.CycleStatus;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportInput;
import org.innocomplex.submission.api.ReportStatus;
import org.junit.jupiter.api.Test;

/** The report's status transitions: DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → ACCEPTED. */
class ReportTest {

    private static final String NARRATIVE = "本年度综合体围绕锯床产业开展共性技术攻关。";

    private static Report newReport() {
        return new Report(new Cycle(2025, "331100", CycleStatus.OPEN), 42L, "331122");
    }

    private static Map<String, BigDecimal> values(String code, String value) {
        Map<String, BigDecimal> v = new HashMap<>();
        v.put(code, new BigDecimal(value));
        return v;
    }

    @Test
    void aNewReportIsAnEditableDraftNeverSubmitted() {
        ReportData view = newReport().toView();

        assertThat(view.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(view.status().editable()).isTrue();
        assertThat(view.version()).isZero();
        assertThat(view.submittedAt()).isNull();
        assertThat(view.updatedAt()).isNotNull();
        assertThat(view.year()).isEqualTo(2025);
        assertThat(view.cityCode()).isEqualTo("331100");
        assertThat(view.countyCode()).isEqualTo("331122");
        assertThat(view.complexId()).isEqualTo(42L);
        assertThat(view.values()).isEmpty();
    }

    @Test
    void editingADraftReplacesValuesAndNarrativeAndDropsEmptyValues() {
        Report r = newReport();
        r.edit(ReportInput.of(values("cluster_enterprises", "420"), "first"));
        Map<String, BigDecimal> second = values("academicians", "2");
        second.put("service_institutions", null);

        r.edit(ReportInput.of(second, NARRATIVE));

        assertThat(r.numbers()).containsOnlyKeys("academicians");
        assertThat(r.narrative()).isEqualTo(NARRATIVE);
        assertThat(r.toView().status()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void submittingADraftMakesVersionOne() {
        Report r = newReport();
        r.edit(ReportInput.of(values("cluster_enterprises", "420"), NARRATIVE));

        r.submit();

        ReportData view = r.toView();
        assertThat(view.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.submittedAt()).isNotNull();
        assertThat(view.values()).containsOnlyKeys("cluster_enterprises");
    }

    @Test
    void aSubmittedReportCannotBeEdited() {
        Report r = newReport();
        r.edit(ReportInput.of(values("cluster_enterprises", "420"), NARRATIVE));
        r.submit();

        assertThatThrownBy(() -> r.edit(ReportInput.of(values("cluster_enterprises", "1"), "changed")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("submission.error.notEditable");
                    assertThat(e.args()).containsExactly("SUBMITTED");
                });
        assertThat(r.numbers().get("cluster_enterprises")).isEqualByComparingTo("420");
        assertThat(r.narrative()).isEqualTo(NARRATIVE);
    }

    @Test
    void aSubmittedReportCannotBeSubmittedAgain() {
        Report r = newReport();
        r.submit();

        assertThatThrownBy(r::submit)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.key()).isEqualTo("submission.error.notEditable"));
        assertThat(r.toView().version()).isEqualTo(1);
    }

    @Test
    void aReturnedReportIsEditableAndItsResubmissionIsVersionTwo() {
        Report r = newReport();
        r.edit(ReportInput.of(values("cluster_enterprises", "420"), NARRATIVE));
        r.submit();

        r.returned();

        assertThat(r.toView().status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(r.toView().status().editable()).isTrue();
        r.edit(ReportInput.of(values("cluster_enterprises", "421"), NARRATIVE + "（修改）"));
        assertThat(r.numbers().get("cluster_enterprises")).isEqualByComparingTo("421");

        r.submit();

        assertThat(r.toView().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(r.toView().version()).isEqualTo(2);
    }

    @Test
    void anAcceptedReportIsFinal() {
        Report r = newReport();
        r.edit(ReportInput.of(values("cluster_enterprises", "420"), NARRATIVE));
        r.submit();

        r.accepted();

        assertThat(r.toView().status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(r.toView().status().editable()).isFalse();
        assertThat(r.toView().version()).isEqualTo(1);
        assertThatThrownBy(() -> r.edit(ReportInput.of(values("cluster_enterprises", "1"), "changed")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("submission.error.notEditable");
                    assertThat(e.args()).containsExactly("ACCEPTED");
                });
        assertThatThrownBy(r::submit)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.key()).isEqualTo("submission.error.notEditable"));
        assertThatThrownBy(r::returned)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.key()).isEqualTo("submission.error.notSubmitted"));
        assertThat(r.toView().status()).isEqualTo(ReportStatus.ACCEPTED);
    }

    @Test
    void onlyASubmittedReportCanBeReturnedOrAccepted() {
        Report draft = newReport();
        assertThatThrownBy(draft::returned)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.key()).isEqualTo("submission.error.notSubmitted"));
        assertThatThrownBy(draft::accepted)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.key()).isEqualTo("submission.error.notSubmitted"));

        Report returned = newReport();
        returned.submit();
        returned.returned();
        assertThatThrownBy(returned::returned)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.key()).isEqualTo("submission.error.notSubmitted"));
        assertThatThrownBy(returned::accepted)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.key()).isEqualTo("submission.error.notSubmitted"));
        assertThat(returned.toView().status()).isEqualTo(ReportStatus.RETURNED);
    }

    @Test
    void theViewIsACopyThatDoesNotChangeWithTheReport() {
        Report r = newReport();
        r.edit(ReportInput.of(values("cluster_enterprises", "420"), NARRATIVE));
        ReportData before = r.toView();

        r.edit(ReportInput.of(values("academicians", "1"), NARRATIVE));

        assertThat(before.values()).containsOnlyKeys("cluster_enterprises");
    }

    @Test
    void onlyDraftAndReturnedAreEditable() {
        assertThat(ReportStatus.DRAFT.editable()).isTrue();
        assertThat(ReportStatus.RETURNED.editable()).isTrue();
        assertThat(ReportStatus.SUBMITTED.editable()).isFalse();
        assertThat(ReportStatus.ACCEPTED.editable()).isFalse();
    }
}
