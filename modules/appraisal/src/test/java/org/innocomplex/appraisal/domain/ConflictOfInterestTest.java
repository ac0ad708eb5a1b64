package org.innocomplex.appraisal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ExpertData;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ConflictOfInterestTest {

    private static ComplexData complexRunBy(String operatingUnit) {
        return new ComplexData(
                1L,
                "缙云锯床和特色机械装备产业创新服务综合体",
                "Jinyun Sawing Machine Complex",
                "331122",
                "331100",
                Level.PROVINCIAL,
                ListStatus.CREATION,
                "锯床",
                "sawing machines",
                operatingUnit,
                2019,
                null,
                null,
                false,
                true,
                0);
    }

    private static ExpertData expert(String organisation, String... affiliations) {
        return new ExpertData(4L, "expert4", "赵主任", "高级工程师", "装备制造", organisation, List.of(affiliations), 0);
    }

    @Test
    void anExpertOfTheOperatingUnitHasAConflict() {
        assertThat(ConflictOfInterest.conflicts(expert("缙云县科创中心"), complexRunBy("缙云县科创中心")))
                .isTrue();
    }

    @Test
    void aDeclaredAffiliationWithTheOperatingUnitIsAConflict() {
        ExpertData e = expert("浙江大学", "丽水学院", "缙云县科创中心");

        assertThat(ConflictOfInterest.conflicts(e, complexRunBy("缙云县科创中心"))).isTrue();
    }

    @Test
    void namesAreComparedIgnoringCaseAndSurroundingWhitespace() {
        ComplexData complex = complexRunBy("  Lishui Valve Research Institute\t");

        assertThat(ConflictOfInterest.conflicts(expert("LISHUI VALVE RESEARCH INSTITUTE "), complex))
                .isTrue();
        assertThat(ConflictOfInterest.conflicts(
                        expert("Zhejiang University", "\nlishui valve research institute"), complex))
                .isTrue();
        assertThat(ConflictOfInterest.conflicts(expert("　缙云县科创中心　"), complexRunBy("缙云县科创中心")))
                .as("full-width spaces count as whitespace too")
                .isTrue();
    }

    @Test
    void anExpertFromElsewhereHasNoConflict() {
        ExpertData e = expert("浙江大学", "浙江省科学技术研究院");

        assertThat(ConflictOfInterest.conflicts(e, complexRunBy("缙云县科创中心"))).isFalse();
    }

    @Test
    void aSimilarButDifferentNameIsNoConflict() {
        ExpertData e = expert("缙云县科创中心（演示）", "缙云县");

        assertThat(ConflictOfInterest.conflicts(e, complexRunBy("缙云县科创中心"))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void aComplexWithoutAnOperatingUnitConflictsWithNobody(String unit) {
        assertThat(ConflictOfInterest.conflicts(expert("", "  "), complexRunBy(unit)))
                .isFalse();
        assertThat(ConflictOfInterest.conflicts(expert(null), complexRunBy(unit)))
                .isFalse();
        assertThat(ConflictOfInterest.conflicts(expert("浙江大学", "缙云县科创中心"), complexRunBy(unit)))
                .isFalse();
    }

    @Test
    void anExpertWithoutOrganisationOrAffiliationsHasNoConflict() {
        assertThat(ConflictOfInterest.conflicts(expert(null), complexRunBy("缙云县科创中心")))
                .isFalse();
    }
}
