package org.innocomplex.appraisal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ExpertData;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;
import org.junit.jupiter.api.Test;

/** Who the bureau is offered when assigning or replacing an expert. */
class ExpertEligibilityTest {
    static final ComplexData JINYUN = new ComplexData(
            1L,
            "缙云锯床综合体",
            "Jinyun",
            "331122",
            "331100",
            Level.PROVINCIAL,
            ListStatus.CREATION,
            "锯床",
            "saws",
            "缙云县科创中心",
            2019,
            null,
            null,
            false,
            true,
            0);

    private static ExpertData expert(String username, String organisation, String... affiliations) {
        return new ExpertData(1L, username, username, "教授", "机械", organisation, List.of(affiliations), 0);
    }

    static final List<ExpertData> ROSTER = List.of(
            expert("expert1", "浙江大学"),
            expert("expert2", "中国计量大学"),
            expert("expert3", "丽水学院"),
            expert("byOrganisation", "缙云县科创中心"),
            expert("byAffiliation", "浙江工业大学", "缙云县科创中心"));

    private static List<String> eligible(List<String> declared, List<String> assigned) {
        return ConflictOfInterest.eligible(ROSTER, JINYUN, declared, assigned).stream()
                .map(ExpertData::username)
                .toList();
    }

    @Test
    void expertsOfTheOperatingUnitOrAffiliatedWithItAreNotOffered() {
        assertThat(eligible(List.of(), List.of())).containsExactly("expert1", "expert2", "expert3");
    }

    @Test
    void anExpertWhoDeclaredAConflictIsNeverOfferedAgain() {
        assertThat(eligible(List.of("expert2"), List.of())).containsExactly("expert1", "expert3");
    }

    @Test
    void expertsAlreadyAssignedAreNotOfferedTwice() {
        assertThat(eligible(List.of("expert2"), List.of("expert1", "expert3"))).isEmpty();
        assertThat(eligible(List.of(), List.of("expert1"))).containsExactly("expert2", "expert3");
    }
}
