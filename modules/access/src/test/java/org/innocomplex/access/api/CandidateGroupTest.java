package org.innocomplex.access.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateGroupTest {

    @Test
    void everyRoleWithAScopeHasOneGroupThatReadsBackAsItself() {
        List<Actor> actors = List.of(
                new Actor("o", "o", Role.OPERATOR, "331122", 42L),
                new Actor("c", "c", Role.COUNTY_OFFICIAL, "331122", null),
                new Actor("m", "m", Role.MUNICIPAL_OFFICIAL, "331100", null),
                new Actor("p", "p", Role.PROVINCIAL_OFFICIAL, "330000", null),
                new Actor("a", "a", Role.ADMIN, null, null));
        assertThat(actors)
                .map(a -> String.join(",", a.groups()))
                .containsExactly("complex:42", "county:331122", "municipal:331100", "province:330000", "admin");
        for (Actor a : actors) {
            CandidateGroup g = a.group().orElseThrow();
            assertThat(CandidateGroup.parse(g.toString())).contains(g);
            assertThat(g.kind().role()).isEqualTo(a.role());
        }
        assertThat(new Actor("e", "e", Role.EXPERT, null, null).groups()).isEmpty();
        assertThat(new Actor("o", "o", Role.OPERATOR, "331122", null).groups()).isEmpty();
    }

    @Test
    void onlyTheSchemeParses() {
        assertThat(CandidateGroup.parse("county:33112")).isEmpty();
        assertThat(CandidateGroup.parse("county:${countyCode}")).isEmpty();
        assertThat(CandidateGroup.parse("complex:0")).isEmpty();
        assertThat(CandidateGroup.parse("admin:1")).isEmpty();
        assertThat(CandidateGroup.parse("managers")).isEmpty();
        assertThat(CandidateGroup.parse(null)).isEmpty();
        assertThatThrownBy(() -> CandidateGroup.county("33:1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOverdueStepGoesOneLevelUp() {
        assertThat(CandidateGroup.complex(42).escalation("331122", "331100"))
                .isEqualTo(CandidateGroup.county("331122"));
        assertThat(CandidateGroup.county("331122").escalation("331122", "331100"))
                .isEqualTo(CandidateGroup.municipal("331100"));
        assertThat(CandidateGroup.municipal("331100").escalation("331122", "331100"))
                .isEqualTo(CandidateGroup.admins());
        assertThat(CandidateGroup.province("330000").escalation("331122", "331100"))
                .isEqualTo(CandidateGroup.admins());
    }

    @Test
    void theBpmnWritesAGroupOfTheAppraisalByItsVariable() {
        assertThat(List.of(CandidateGroup.Kind.values()))
                .map(k -> k.expression().orElse("-"))
                .containsExactly("complex:${complexId}", "county:${countyCode}", "municipal:${cityCode}", "-", "-");
    }
}
