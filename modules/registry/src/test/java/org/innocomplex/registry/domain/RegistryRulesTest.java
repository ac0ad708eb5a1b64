package org.innocomplex.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.innocomplex.access.api.Violation;
import org.innocomplex.registry.api.ComplexInput;
import org.innocomplex.registry.api.ExpertInput;
import org.innocomplex.registry.api.InstitutionInput;
import org.innocomplex.registry.api.InstitutionKind;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryRulesTest {
    static final Predicate<String> LISHUI = Set.of("331122", "331181")::contains;
    static final int YEAR = 2026;

    static ComplexInput jinyun() {
        return new ComplexInput(
                "缙云锯床和特色机械装备产业创新服务综合体",
                "Jinyun Sawing Machine Complex",
                "331122",
                Level.PROVINCIAL,
                ListStatus.CREATION,
                "锯床",
                "sawing machines",
                "缙云县科创中心",
                2019,
                "张明",
                "0578-3123456",
                false);
    }

    static ComplexInput with(ComplexInput c, String nameZh, String nameEn, String county, Integer year, String phone) {
        return new ComplexInput(
                nameZh,
                nameEn,
                county,
                c.level(),
                c.listStatus(),
                c.industryZh(),
                c.industryEn(),
                c.operatingUnit(),
                year,
                c.contactPerson(),
                phone,
                c.demo());
    }

    private static List<String> complexKeys(ComplexInput c) {
        return RegistryRules.complex(c.normalised(), LISHUI, false, YEAR).stream()
                .map(v -> v.field() + ":" + v.key())
                .toList();
    }

    @Test
    void aCompleteComplexPasses() {
        assertThat(complexKeys(jinyun())).isEmpty();
    }

    @Test
    void bothNamesAreRequiredEachAgainstItsOwnField() {
        assertThat(complexKeys(with(jinyun(), "  ", null, "331122", 2019, null)))
                .containsExactly("nameZh:registry.error.required", "nameEn:registry.error.required");
    }

    @Test
    void theCountyMustExist() {
        assertThat(complexKeys(with(jinyun(), "名", "n", null, 2019, null)))
                .containsExactly("countyCode:registry.error.required");
        assertThat(RegistryRules.complex(with(jinyun(), "名", "n", "330100", 2019, null), LISHUI, false, YEAR))
                .containsExactly(new Violation("countyCode", "registry.error.unknownCounty", "330100"));
    }

    @Test
    void levelAndListStatusAreRequired() {
        ComplexInput c = new ComplexInput("名", "n", "331122", null, null, null, null, null, null, null, null, false);

        assertThat(complexKeys(c))
                .containsExactly("level:registry.error.required", "listStatus:registry.error.required");
    }

    @Test
    void theFoundingYearLiesBetween1990AndThisYear() {
        assertThat(complexKeys(with(jinyun(), "名", "n", "331122", 1990, null))).isEmpty();
        assertThat(complexKeys(with(jinyun(), "名", "n", "331122", YEAR, null))).isEmpty();
        assertThat(complexKeys(with(jinyun(), "名", "n", "331122", null, null)))
                .as("unknown is allowed")
                .isEmpty();
        assertThat(RegistryRules.complex(with(jinyun(), "名", "n", "331122", 1989, null), LISHUI, false, YEAR))
                .containsExactly(new Violation("established", "registry.error.establishedRange", "1990", "2026"));
        assertThat(complexKeys(with(jinyun(), "名", "n", "331122", YEAR + 1, null)))
                .containsExactly("established:registry.error.establishedRange");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "13812345678",
                "0578-3123456",
                "05783123456",
                "0578-31234567-808",
                "+86 138 1234 5678",
                "010-12345678"
            })
    void mobileAndLandlineNumbersAreAccepted(String phone) {
        assertThat(RegistryRules.isPhone(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12345",
                "1234567890",
                "23812345678",
                "0578-123",
                "578-3123456",
                "0578-3123456 转 8",
                "tel 13812345678"
            })
    void otherPhoneNumbersAreRefusedAgainstThePhoneField(String phone) {
        assertThat(complexKeys(with(jinyun(), "名", "n", "331122", 2019, phone)))
                .containsExactly("contactPhone:registry.error.phoneFormat");
    }

    @Test
    void aTakenChineseNameIsRefused() {
        assertThat(RegistryRules.complex(jinyun(), LISHUI, true, YEAR))
                .containsExactly(new Violation("nameZh", "registry.error.nameTaken", jinyun().nameZh()));
    }

    @Test
    void textsLongerThanTheirColumnAreRefused() {
        assertThat(complexKeys(with(jinyun(), "名".repeat(201), "n".repeat(301), "331122", 2019, null)))
                .containsExactly("nameZh:registry.error.tooLong", "nameEn:registry.error.tooLong");
    }

    @Test
    void normalisingTrimsAndTurnsBlanksIntoNothing() {
        ComplexInput c = with(jinyun(), "  名  ", " n ", " 331122 ", 2019, "  ").normalised();

        assertThat(c.nameZh()).isEqualTo("名");
        assertThat(c.countyCode()).isEqualTo("331122");
        assertThat(c.contactPhone()).isNull();
    }

    @Test
    void anInstitutionNeedsAKindAndAName() {
        assertThat(RegistryRules.institution(new InstitutionInput(null, " ", null, true).normalised()))
                .extracting(Violation::field)
                .containsExactly("kind", "name");
        assertThat(RegistryRules.institution(new InstitutionInput(InstitutionKind.TESTING, "缙云县检验检测中心", "浙江大学", true)))
                .isEmpty();
    }

    @Test
    void anExpertNeedsANameAndShortEnoughAffiliations() {
        assertThat(RegistryRules.expert(new ExpertInput(" ", null, null, null, null).normalised()))
                .extracting(Violation::field)
                .containsExactly("name");
        assertThat(RegistryRules.expert(new ExpertInput("王教授", null, null, null, List.of("x".repeat(301)))))
                .containsExactly(new Violation("affiliations", "registry.error.tooLong", 300));
    }

    @Test
    void normalisingAnExpertDropsBlankAndRepeatedAffiliations() {
        assertThat(new ExpertInput("王", null, null, null, List.of(" 浙江大学 ", "", "浙江大学", "丽水学院"))
                        .normalised()
                        .affiliations())
                .containsExactly("浙江大学", "丽水学院");
    }

    @ParameterizedTest
    @ValueSource(strings = {"缙云\u0000综合体", "缙云\u202E体合综", "缙云\n综合体", "缙云\u200B综合体", "缙云\u001B[2J"})
    void aNameWithControlOrBidiCharactersIsRefusedNamingTheCharacter(String name) {
        int bad = name.codePoints()
                .filter(cp -> !Character.isLetterOrDigit(cp) && cp != '[')
                .findFirst()
                .orElseThrow();

        assertThat(RegistryRules.complex(with(jinyun(), name, "n", "331122", 2019, null), LISHUI, false, YEAR))
                .containsExactly(
                        new Violation("nameZh", "access.text.error.invisibleCharacter", String.format("U+%04X", bad)));
    }

    @Test
    void everyTextOfTheRegistryIsCheckedForHiddenCharacters() {
        String rlo = "x\u202Ey";
        ComplexInput c = new ComplexInput(
                "名", rlo, "331122", Level.PROVINCIAL, ListStatus.CREATION, rlo, rlo, rlo, 2019, rlo, null, false);
        assertThat(complexKeys(c))
                .containsExactly(
                        "nameEn:access.text.error.invisibleCharacter",
                        "industryZh:access.text.error.invisibleCharacter",
                        "industryEn:access.text.error.invisibleCharacter",
                        "operatingUnit:access.text.error.invisibleCharacter",
                        "contactPerson:access.text.error.invisibleCharacter");
        assertThat(RegistryRules.institution(new InstitutionInput(InstitutionKind.TESTING, "中心\u0000", rlo, true)))
                .extracting(Violation::field)
                .containsExactly("name", "partner");
        assertThat(RegistryRules.expert(new ExpertInput("王\u202E", rlo, rlo, rlo, List.of("浙江大学", rlo))))
                .extracting(Violation::field)
                .containsExactly("name", "title", "field", "organisation", "affiliations");
    }

    @Test
    void ordinaryChineseAndEnglishNamesWithPunctuationPass() {
        assertThat(RegistryRules.expert(
                        new ExpertInput("王·小明", "教授（博导）", "机械—装备", "O'Brien & Co., Ltd.", List.of("浙江大学", "丽水学院"))))
                .isEmpty();
    }
}
