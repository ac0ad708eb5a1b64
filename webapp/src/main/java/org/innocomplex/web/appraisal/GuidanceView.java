package org.innocomplex.web.appraisal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.appraisal.api.GuidanceFile;
import org.innocomplex.appraisal.api.GuidanceNoteData;
import org.innocomplex.appraisal.api.GuidanceNoteInput;
import org.innocomplex.appraisal.api.GuidanceService;
import org.innocomplex.web.support.Faces;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code WEB-INF/includes/guidance.xhtml}: a complex's on-site guidance notes, the form to add one (experts of the
 * complex, officials of its county or city) and, for the complex's operators, a follow-up form under each
 * recommendation. The including page passes the complex (and the appraisal, inside a task).
 */
@Named
@ViewScoped
public class GuidanceView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    GuidanceService guidance;

    @Inject
    Faces faces;

    private final Map<Long, List<GuidanceNoteData>> notes = new HashMap<>();
    private final Map<Long, Boolean> writable = new HashMap<>();
    // the note form
    private LocalDate visitDate;
    private String place;
    private String participants;
    private String problems;
    private String recommendations;
    private transient UploadedFile photo;
    // the follow-up form: one for the complex, the recommendation picked from a list
    private Long followRecommendation;
    private String followAction;
    private LocalDate followDate;
    private transient UploadedFile evidence;

    public List<GuidanceNoteData> notes(Long complexId) {
        if (complexId == null) {
            return List.of();
        }
        return notes.computeIfAbsent(complexId, id -> {
            try {
                return guidance.notes(id, currentUser.require());
            } catch (DomainException e) {
                return List.of();
            }
        });
    }

    public boolean mayWrite(Long complexId) {
        return complexId != null
                && writable.computeIfAbsent(complexId, id -> guidance.mayWrite(id, currentUser.require()));
    }

    public boolean mayFollowUp(Long complexId) {
        Actor a = currentUser.require();
        return a.operates(complexId);
    }

    public void addNote(Long complexId, Long appraisalId) {
        List<String> recs = recommendations == null ? List.of() : Arrays.asList(recommendations.split("\\R"));
        List<GuidanceFile> photos = new ArrayList<>();
        if (photo != null && photo.getSize() > 0) {
            photos.add(new GuidanceFile(photo.getFileName(), photo.getContent()));
        }
        try {
            guidance.addNote(
                    currentUser.require(),
                    new GuidanceNoteInput(complexId, appraisalId, visitDate, place, participants, problems, recs),
                    photos);
            faces.info("appraisal.guidance.saved");
            visitDate = null;
            place = null;
            participants = null;
            problems = null;
            recommendations = null;
            notes.remove(complexId);
        } catch (ValidationException e) {
            faces.violations("note", e);
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    /** A recommendation as the follow-up form lists it. */
    public record Choice(Long id, String label) implements Serializable {}

    /** The complex's recommendations, those without a follow-up first, for the follow-up form. */
    public List<Choice> recommendations(Long complexId) {
        List<Choice> open = new ArrayList<>();
        List<Choice> answered = new ArrayList<>();
        for (GuidanceNoteData n : notes(complexId)) {
            for (GuidanceNoteData.Recommendation r : n.recommendations()) {
                Choice c = new Choice(r.id(), n.visitDate() + " · " + r.order() + ". " + r.text());
                (r.followUps().isEmpty() ? open : answered).add(c);
            }
        }
        open.addAll(answered);
        return open;
    }

    public void addFollowUp(Long complexId) {
        GuidanceFile file = evidence != null && evidence.getSize() > 0
                ? new GuidanceFile(evidence.getFileName(), evidence.getContent())
                : null;
        try {
            guidance.addFollowUp(followRecommendation, currentUser.require(), followAction, followDate, file);
            faces.info("appraisal.guidance.followUp.saved");
            followRecommendation = null;
            followAction = null;
            followDate = null;
            notes.remove(complexId);
        } catch (ValidationException e) {
            faces.violations("followUp", e);
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String problems) {
        this.problems = problems;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public UploadedFile getPhoto() {
        return photo;
    }

    public void setPhoto(UploadedFile photo) {
        this.photo = photo;
    }

    public UploadedFile getEvidence() {
        return evidence;
    }

    public void setEvidence(UploadedFile evidence) {
        this.evidence = evidence;
    }

    public Long getFollowRecommendation() {
        return followRecommendation;
    }

    public void setFollowRecommendation(Long followRecommendation) {
        this.followRecommendation = followRecommendation;
    }

    public String getFollowAction() {
        return followAction;
    }

    public void setFollowAction(String followAction) {
        this.followAction = followAction;
    }

    public LocalDate getFollowDate() {
        return followDate;
    }

    public void setFollowDate(LocalDate followDate) {
        this.followDate = followDate;
    }
}
