package org.innocomplex.submission.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.UserService;
import org.innocomplex.submission.api.EvidenceContent;
import org.innocomplex.submission.api.EvidenceData;
import org.innocomplex.submission.api.EvidenceService;
import org.innocomplex.submission.api.ReportReaders;
import org.innocomplex.submission.domain.ContentTypeDetector;
import org.innocomplex.submission.domain.Evidence;
import org.innocomplex.submission.domain.EvidenceFile;
import org.innocomplex.submission.domain.EvidenceListing;
import org.innocomplex.submission.domain.Report;

@ApplicationScoped
@Transactional
public class DefaultEvidenceService implements EvidenceService {

    /** section codes are keys of the report form, e.g. {@code general}; free so that new sections need no change here */
    static final Pattern SECTION = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    @PersistenceContext
    EntityManager em;

    @Inject
    UserService users;

    @Inject
    AuditTrail audit;

    @Inject
    ReportReaders readers;

    @Inject
    @ConfigProperty(name = "innocomplex.evidence.max-bytes", defaultValue = "20971520")
    long maxBytes;

    private final ContentTypeDetector detector = new ContentTypeDetector();

    @Override
    public EvidenceData attach(
            Long reportId,
            Actor actor,
            String section,
            String originalFilename,
            InputStream content,
            long declaredSize) {
        if (section == null || !SECTION.matcher(section).matches()) {
            throw new DomainException("submission.error.evidenceSection", String.valueOf(section));
        }
        writable(reportId, actor);
        EvidenceFile file = EvidenceFile.read(originalFilename, content, declaredSize, maxBytes, detector);
        Evidence e = new Evidence(reportId, section, file, actor.username());
        em.persist(e);
        em.flush();
        audit.record(
                actor.username(),
                "EVIDENCE_ATTACHED",
                "report",
                String.valueOf(reportId),
                file.filename() + " " + file.sha256());
        return view(e.listing());
    }

    @Override
    public List<EvidenceData> list(Long reportId, Actor actor) {
        requireReadable(reportId, actor);
        List<EvidenceListing> rows = em.createQuery(
                        EvidenceListing.SELECT
                                + "from Evidence e where e.reportId = :r order by e.section, e.uploadedAt, e.id",
                        EvidenceListing.class)
                .setParameter("r", reportId)
                .getResultList();
        Map<String, String> names = users.displayNames(
                rows.stream().map(EvidenceListing::uploadedBy).toList());
        return rows.stream().map(r -> r.toView(names.get(r.uploadedBy()))).toList();
    }

    @Override
    public Optional<EvidenceData> find(Long evidenceId, Actor actor) {
        Optional<EvidenceListing> row = listing(evidenceId);
        row.ifPresent(r -> requireReadable(r.reportId(), actor));
        return row.map(this::view);
    }

    private void requireReadable(Long reportId, Actor actor) {
        Report report = reportId == null ? null : em.find(Report.class, reportId);
        if (report == null) {
            throw new DomainException("submission.error.unknownReport", String.valueOf(reportId));
        }
        readers.requireReadable(report.toView(), actor);
    }

    /** with the uploader's name as the user list has it, the same whichever method returns the file */
    private EvidenceData view(EvidenceListing row) {
        return row.toView(users.displayNames(List.of(row.uploadedBy())).get(row.uploadedBy()));
    }

    private Optional<EvidenceListing> listing(Long evidenceId) {
        if (evidenceId == null) {
            return Optional.empty();
        }
        return em.createQuery(EvidenceListing.SELECT + "from Evidence e where e.id = :id", EvidenceListing.class)
                .setParameter("id", evidenceId)
                .getResultStream()
                .findFirst();
    }

    @Override
    @Transactional(dontRollbackOn = NotAuthorizedException.class) // the refusal's audit line stays
    public EvidenceContent content(Long evidenceId, Actor actor) {
        EvidenceListing row = listing(evidenceId)
                .orElseThrow(() -> new DomainException("submission.error.unknownEvidence", String.valueOf(evidenceId)));
        String report = String.valueOf(row.reportId());
        String detail = "file: " + row.filename() + "\nsha256: " + row.sha256();
        try {
            requireReadable(row.reportId(), actor);
        } catch (NotAuthorizedException refused) {
            audit.record(actor.username(), "EVIDENCE_DOWNLOAD_REFUSED", "report", report, detail);
            throw refused;
        }
        // reading a file of someone's report is the trail's business as much as changing it (who took what, when)
        audit.record(actor.username(), "EVIDENCE_DOWNLOADED", "report", report, detail);
        return em.find(Evidence.class, evidenceId).toContent();
    }

    @Override
    public void remove(Long evidenceId, Actor actor) {
        EvidenceListing row = listing(evidenceId)
                .orElseThrow(() -> new DomainException("submission.error.unknownEvidence", String.valueOf(evidenceId)));
        writable(row.reportId(), actor);
        // a bulk delete, because loading the entity to remove it would read the content it is about to drop
        em.createQuery("delete from Evidence e where e.id = :id")
                .setParameter("id", evidenceId)
                .executeUpdate();
        audit.record(
                actor.username(),
                "EVIDENCE_REMOVED",
                "report",
                String.valueOf(row.reportId()),
                row.filename() + " " + row.sha256());
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Refuses unless this actor may change the report's files now. The optimistic read lock makes a file added while the
     * report is being submitted fail at commit instead of slipping in after the submission.
     */
    private void writable(Long reportId, Actor actor) {
        Report r = reportId == null ? null : em.find(Report.class, reportId, LockModeType.OPTIMISTIC);
        if (r == null) {
            throw new DomainException("submission.error.unknownReport", String.valueOf(reportId));
        }
        if (!actor.operates(r.complexId())) {
            throw new NotAuthorizedException("submission.error.evidenceNotYours");
        }
        var status = r.toView().status();
        if (!status.editable()) {
            throw new DomainException("submission.error.notEditable", status.name());
        }
    }
}
