package org.innocomplex.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import org.innocomplex.registry.api.ExpertData;
import org.innocomplex.registry.api.ExpertInput;

@Entity
@Table(name = "reg_expert")
public class Expert {
    @Id
    @SequenceGenerator(name = "reg_expert_seq", sequenceName = "reg_expert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reg_expert_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 100)
    private String title;

    @Column(length = 200)
    private String field;

    @Column(length = 300)
    private String organisation;
    /** declared affiliations, one per line; read for conflict-of-interest checks */
    @Column(length = 4000)
    private String affiliations;

    @Version
    private long version;

    protected Expert() {}

    public Expert(String username, ExpertInput e, Changes changes) {
        this.username = username;
        apply(e, changes);
    }

    public void apply(ExpertInput e, Changes changes) {
        name = changes.set("name", name, e.name());
        title = changes.set("title", title, e.title());
        field = changes.set("field", field, e.field());
        organisation = changes.set("organisation", organisation, e.organisation());
        List<String> aff = changes.set("affiliations", affiliationList(), e.affiliations());
        affiliations = aff.isEmpty() ? null : String.join("\n", aff);
    }

    private List<String> affiliationList() {
        return affiliations == null || affiliations.isBlank()
                ? List.of()
                : Arrays.stream(affiliations.split("\n"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public long version() {
        return version;
    }

    public ExpertData toView() {
        return new ExpertData(id, username, name, title, field, organisation, affiliationList(), version);
    }
}
