package org.innocomplex.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.innocomplex.appraisal.api.GuidanceNoteInput;
import org.innocomplex.appraisal.api.GuidanceNoteView;
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

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static GuidanceNoteInput note(Fixtures.Case c, Long appraisalId) {
        return new GuidanceNoteInput(c.complex().id(), appraisalId, today().minusDays(1), "综合体服务大厅",
                "王教授、运营单位负责人", "展示厅内容陈旧，服务台账不全", List.of("更新展示厅内容", "建立服务台账"));
    }

    private static Set<String> keys(ValidationException e) {
        return e.violations().stream().map(Violation::key).collect(Collectors.toSet());
    }

    @Test
    void theAssignedExpertWritesTheOwnOperatorAnswersAndOthersAreKeptOut() {
        Fixtures.Case c = fixtures.atExpertReview(COUNTY, "expert1");
        Fixtures.Case other = fixtures.atCountyReview(COUNTY);
        Actor expert1 = Fixtures.expert("expert1");

        Long noteId = guidance.addNote(expert1, note(c, c.appraisal().id()),
                List.of(new GuidanceFile("大厅.png", PNG)));

        assertThrows(NotAuthorizedException.class, () -> guidance.addNote(Fixtures.expert("expert3"),
                note(c, null), List.of()), "an expert not assigned to the complex");
        assertThrows(NotAuthorizedException.class, () -> guidance.addNote(c.operator(), note(c, null), List.of()),
                "operators answer, they do not write notes");
        assertThrows(NotAuthorizedException.class, () -> guidance.notes(c.complex().id(), other.operator()),
                "another complex's operator reads nothing");
        assertThrows(NotAuthorizedException.class, () -> guidance.notes(c.complex().id(), Fixtures.county("331121")));

        List<GuidanceNoteView> notes = guidance.notes(c.complex().id(), c.operator());
        assertEquals(1, notes.size());
        GuidanceNoteView n = notes.get(0);
        assertEquals(noteId, n.id());
        assertEquals(c.appraisal().id(), n.appraisalId());
        assertEquals(List.of("更新展示厅内容", "建立服务台账"),
                n.recommendations().stream().map(GuidanceNoteView.Recommendation::text).toList());
        assertEquals(1, n.photos().size());
        assertEquals("image/png", n.photos().get(0).contentType());
        assertEquals(64, n.photos().get(0).sha256().length());

        Long rec = n.recommendations().get(0).id();
        assertThrows(NotAuthorizedException.class, () -> guidance.addFollowUp(rec, other.operator(), "已整改",
                today(), null), "another complex's operator cannot answer");
        assertThrows(NotAuthorizedException.class, () -> guidance.addFollowUp(rec, expert1, "已整改", today(), null));
        guidance.addFollowUp(rec, c.operator(), "已更新展示厅内容并补齐台账", today(),
                new GuidanceFile("整改报告.pdf", PDF));

        for (Actor reader : List.of(expert1, Fixtures.county(COUNTY), Fixtures.municipal())) {
            GuidanceNoteView.Recommendation seen = guidance.notes(c.complex().id(), reader).get(0)
                    .recommendations().get(0);
            assertEquals(1, seen.followUps().size(), reader.username());
            assertEquals("已更新展示厅内容并补齐台账", seen.followUps().get(0).actionTaken());
            assertEquals("application/pdf", seen.followUps().get(0).evidence().contentType());
        }
        Long photoId = n.photos().get(0).id();
        assertNotNull(guidance.file("photo", photoId, c.operator()).content());
        assertThrows(NotAuthorizedException.class, () -> guidance.file("photo", photoId, other.operator()));

        assertTrue(guidance.mayWrite(c.complex().id(), Fixtures.county(COUNTY)));
        assertFalse(guidance.mayWrite(c.complex().id(), Fixtures.expert("expert3")));
        guidance.addNote(Fixtures.municipal(), note(c, null), List.of());
        assertEquals(2, guidance.notes(c.complex().id(), expert1).size(), "a note outside any appraisal");
    }

    @Test
    void filesOfTheWrongTypeAreRefusedAndNothingIsSaved() {
        Fixtures.Case c = fixtures.atExpertReview(COUNTY, "expert1");
        Actor expert1 = Fixtures.expert("expert1");

        ValidationException pdfPhoto = assertThrows(ValidationException.class, () -> guidance.addNote(expert1,
                note(c, c.appraisal().id()), List.of(new GuidanceFile("photo.png", PDF))));
        assertEquals(Set.of("guidance.error.photoType"), keys(pdfPhoto));
        assertEquals(0, fixtures.rows("apr_guidance_note", "complex_id", c.complex().id()), "no note without its photo");

        guidance.addNote(expert1, note(c, null), List.of());
        Long rec = guidance.notes(c.complex().id(), expert1).get(0).recommendations().get(0).id();
        ValidationException html = assertThrows(ValidationException.class, () -> guidance.addFollowUp(rec,
                c.operator(), "已整改", today(), new GuidanceFile("report.pdf", HTML)));
        assertEquals(Set.of("guidance.error.evidenceType"), keys(html));
        assertEquals(0, fixtures.rows("apr_guidance_followup", "recommendation_id", rec));

        ValidationException future = assertThrows(ValidationException.class, () -> guidance.addFollowUp(rec,
                c.operator(), " ", today().plusDays(3), null));
        assertEquals(Set.of("guidance.error.required", "guidance.error.doneOnFuture"), keys(future));
    }
}
