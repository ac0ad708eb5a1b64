package org.innocomplex.appraisal.api;

import java.time.LocalDate;
import java.util.List;
import org.innocomplex.access.api.Actor;

/**
 * On-site guidance notes (现场指导) and the complex's follow-ups. Every call checks the actor against the complex
 * itself: experts assigned to one of its appraisals, officials of its county or city, and its operators (who read
 * and answer with follow-ups, but write no notes).
 */
public interface GuidanceService {

    /** The complex's notes, newest visit first. */
    List<GuidanceNoteData> notes(Long complexId, Actor actor);

    /** Whether the actor may add notes to the complex (for showing the form). */
    boolean mayWrite(Long complexId, Actor actor);

    /**
     * Saves a note with its recommendations and photos (JPEG or PNG), all or nothing.
     *
     * @return the new note's id
     */
    Long addNote(Actor actor, GuidanceNoteInput note, List<GuidanceFile> photos);

    /** The complex's operator answers a recommendation; the evidence file (PDF, JPEG, PNG) is optional. */
    void addFollowUp(Long recommendationId, Actor actor, String actionTaken, LocalDate doneOn, GuidanceFile evidence);

    /** A photo's or a follow-up's file, for download: {@code kind} is {@code photo} or {@code followup}. */
    StoredFile file(String kind, Long id, Actor actor);

    record StoredFile(String fileName, String contentType, byte[] content) {}
}
