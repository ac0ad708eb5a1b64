package org.innocomplex.workflow.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.innocomplex.workflow.api.ProcessDraft;

/** A BPMN file saved from the modeler; each save is a new row, so earlier drafts stay. */
@Entity
@Table(name = "wfl_draft")
@NamedQuery(
        name = "DraftRecord.latest",
        query = "select d from DraftRecord d where d.processKey = :key order by d.savedAt desc, d.id desc")
public class DraftRecord {
    @Id
    @SequenceGenerator(name = "wfl_draft_seq", sequenceName = "wfl_draft_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wfl_draft_seq")
    private Long id;

    @Column(name = "process_key", nullable = false, length = 200)
    private String processKey;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] xml;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "saved_at", nullable = false)
    private LocalDateTime savedAt;

    protected DraftRecord() {}

    public DraftRecord(String processKey, String xml, String author) {
        this.processKey = processKey;
        this.xml = xml.getBytes(StandardCharsets.UTF_8);
        this.author = author;
        this.savedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public ProcessDraft view() {
        return new ProcessDraft(id, processKey, new String(xml, StandardCharsets.UTF_8), author, savedAt);
    }
}
