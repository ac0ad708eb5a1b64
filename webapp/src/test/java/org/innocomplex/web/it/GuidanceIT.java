package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.appraisal.api.GuidanceFile;
import org.innocomplex.appraisal.api.GuidanceNoteData;
import org.innocomplex.appraisal.api.GuidanceNoteInput;
import org.innocomplex.appraisal.api.GuidanceService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guidance notes on the real services: who writes, who reads, who answers, and which files are taken, decided on the
 * complex itself.
 */
@ExtendWith(ArquillianExtension.class)
class GuidanceIT {
    static final String COUNTY = "331122";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n%test\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] HTML = "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    GuidanceService guidance;

    @Inject
    org.innocomplex.access.api.AuditTrail audit;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static GuidanceNoteInput note(Fixtures.Case c, Long appraisalId) {
        return new GuidanceNoteInput(
                c.complex().id(),
                appraisalId,
                today().minusDays(1),
                "综合体服务大厅",
                "王教授、运营单位负责人",
                "展示厅内容陈旧，服务台账不全",
                List.of("更新展示厅内容", "建立服务台账"));
    }

    private static Set<String> keys(ValidationException e) {
        return e.violations().stream().map(Violation::key).collect(Collectors.toSet());
    }

    @Test
    void theAssignedExpertWritesTheOwnOperatorAnswersAndOthersAreKeptOut() {
        Fixtures.Case c = fixtures.atExpertReview(COUNTY, "expert1");
        Fixtures.Case other = fixtures.atCountyReview(COUNTY);
        Actor expert1 = Fixtures.expert("expert1");

        Long noteId = guidance.addNote(expert1, note(c, c.appraisal().id()), List.of(new GuidanceFile("大厅.png", PNG)));

        assertThatExceptionOfType(NotAuthorizedException.class)
                .as("an expert not assigned to the complex")
                .isThrownBy(() -> guidance.addNote(Fixtures.expert("expert3"), note(c, null), List.of()));
        assertThatExceptionOfType(NotAuthorizedException.class)
                .as("operators answer, they do not write notes")
                .isThrownBy(() -> guidance.addNote(c.operator(), note(c, null), List.of()));
        assertThatExceptionOfType(NotAuthorizedException.class)
                .as("another complex's operator reads nothing")
                .isThrownBy(() -> guidance.notes(c.complex().id(), other.operator()));
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> guidance.notes(c.complex().id(), Fixtures.county("331121")));

        List<GuidanceNoteData> notes = guidance.notes(c.complex().id(), c.operator());
        assertThat(notes.size()).isEqualTo(1);
        GuidanceNoteData n = notes.get(0);
        assertThat(n.id()).isEqualTo(noteId);
        assertThat(n.appraisalId()).isEqualTo(c.appraisal().id());
        assertThat(n.recommendations().stream()
                        .map(GuidanceNoteData.Recommendation::text)
                        .toList())
                .isEqualTo(List.of("更新展示厅内容", "建立服务台账"));
        assertThat(n.photos().size()).isEqualTo(1);
        assertThat(n.photos().get(0).contentType()).isEqualTo("image/png");
        assertThat(n.photos().get(0).sha256().length()).isEqualTo(64);

        Long rec = n.recommendations().get(0).id();
        assertThatExceptionOfType(NotAuthorizedException.class)
                .as("another complex's operator cannot answer")
                .isThrownBy(() -> guidance.addFollowUp(rec, other.operator(), "已整改", today(), null));
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> guidance.addFollowUp(rec, expert1, "已整改", today(), null));
        guidance.addFollowUp(rec, c.operator(), "已更新展示厅内容并补齐台账", today(), new GuidanceFile("整改报告.pdf", PDF));

        for (Actor reader : List.of(expert1, Fixtures.county(COUNTY), Fixtures.municipal())) {
            GuidanceNoteData.Recommendation seen = guidance.notes(c.complex().id(), reader)
                    .get(0)
                    .recommendations()
                    .get(0);
            assertThat(seen.followUps().size()).as(reader.username()).isEqualTo(1);
            assertThat(seen.followUps().get(0).actionTaken()).isEqualTo("已更新展示厅内容并补齐台账");
            assertThat(seen.followUps().get(0).evidence().contentType()).isEqualTo("application/pdf");
        }
        Long photoId = n.photos().get(0).id();
        assertThat(guidance.file("photo", photoId, c.operator()).content()).isNotNull();
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> guidance.file("photo", photoId, other.operator()));
        assertThat(audit.of("complex", String.valueOf(c.complex().id())))
                .as("the photo taken and the photo refused are on the trail")
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("GUIDANCE_FILE_DOWNLOADED");
                    assertThat(e.actor()).isEqualTo(c.operator().username());
                })
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("GUIDANCE_FILE_DOWNLOAD_REFUSED");
                    assertThat(e.actor()).isEqualTo(other.operator().username());
                });

        assertThat(guidance.mayWrite(c.complex().id(), Fixtures.county(COUNTY))).isTrue();
        assertThat(guidance.mayWrite(c.complex().id(), Fixtures.expert("expert3")))
                .isFalse();
        guidance.addNote(Fixtures.municipal(), note(c, null), List.of());
        assertThat(guidance.notes(c.complex().id(), expert1).size())
                .as("a note outside any appraisal")
                .isEqualTo(2);
    }

    @Test
    void filesOfTheWrongTypeAreRefusedAndNothingIsSaved() {
        Fixtures.Case c = fixtures.atExpertReview(COUNTY, "expert1");
        Actor expert1 = Fixtures.expert("expert1");

        ValidationException pdfPhoto = assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> guidance.addNote(
                        expert1, note(c, c.appraisal().id()), List.of(new GuidanceFile("photo.png", PDF))))
                .actual();
        assertThat(keys(pdfPhoto)).isEqualTo(Set.of("appraisal.guidance.error.photoType"));
        assertThat(fixtures.rows("apr_guidance_note", "complex_id", c.complex().id()))
                .as("no note without its photo")
                .isEqualTo(0);

        guidance.addNote(expert1, note(c, null), List.of());
        Long rec = guidance.notes(c.complex().id(), expert1)
                .get(0)
                .recommendations()
                .get(0)
                .id();
        ValidationException html = assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() ->
                        guidance.addFollowUp(rec, c.operator(), "已整改", today(), new GuidanceFile("report.pdf", HTML)))
                .actual();
        assertThat(keys(html)).isEqualTo(Set.of("appraisal.guidance.error.evidenceType"));
        assertThat(fixtures.rows("apr_guidance_followup", "recommendation_id", rec))
                .isEqualTo(0);

        ValidationException future = assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> guidance.addFollowUp(rec, c.operator(), " ", today().plusDays(3), null))
                .actual();
        assertThat(keys(future))
                .isEqualTo(Set.of("appraisal.guidance.error.required", "appraisal.guidance.error.doneOnFuture"));
    }
}
