package org.innocomplex.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.innocomplex.registry.api.InstitutionData;
import org.innocomplex.registry.api.InstitutionInput;
import org.innocomplex.registry.api.InstitutionKind;

/** A service institution of a complex; the complex is referred to by id, like everything across aggregates. */
@Entity
@Table(name = "reg_institution")
public class Institution {
    @Id
    @SequenceGenerator(name = "reg_institution_seq", sequenceName = "reg_institution_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reg_institution_seq")
    private Long id;

    @Column(name = "complex_id", nullable = false)
    private Long complexId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private InstitutionKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String partner;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Institution() {}

    public Institution(Long complexId, InstitutionInput i, Changes changes) {
        this.complexId = complexId;
        apply(i, changes);
    }

    public void apply(InstitutionInput i, Changes changes) {
        kind = changes.set("kind", kind, i.kind());
        name = changes.set("name", name, i.name());
        partner = changes.set("partner", partner, i.partner());
        active = changes.set("active", active, i.active());
    }

    public Long id() {
        return id;
    }

    public Long complexId() {
        return complexId;
    }

    public long version() {
        return version;
    }

    public InstitutionData toView() {
        return new InstitutionData(id, complexId, kind, name, partner, active, version);
    }
}
