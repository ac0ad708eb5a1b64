package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.ConcurrentChangeException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ComplexFilter;
import org.innocomplex.registry.api.ComplexInput;
import org.innocomplex.registry.api.ComplexSort;
import org.innocomplex.registry.api.ExpertInput;
import org.innocomplex.registry.api.InstitutionData;
import org.innocomplex.registry.api.InstitutionInput;
import org.innocomplex.registry.api.InstitutionKind;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;
import org.innocomplex.registry.api.RegistryService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry's administration through its service, in the container: what administrators write is validated,
 * version-checked and audited; everyone else is refused by the service itself; the paged query answers filters,
 * sorts and pages from the database. Each test works on complexes of its own (a unique marker in their names), so
 * the demo data and other test classes sharing the database do not disturb it.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryAdminIT {
    static final Actor ADMIN = new Actor("it-registry-admin", "IT registry admin", Role.ADMIN, null, null);
    static final String JINYUN = "331122";
    static final String LONGQUAN = "331181";
    static final String QINGTIAN = "331121";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    RegistryService registry;

    @Inject
    AuditTrail audit;

    private static String marker(String prefix) {
        return prefix + System.nanoTime();
    }

    private static ComplexInput complex(
            String nameZh, String county, Level level, ListStatus status, Integer year, String phone) {
        return new ComplexInput(
                nameZh,
                nameZh.replace("综合体", " complex"),
                county,
                level,
                status,
                "金属制品",
                "metal products",
                "测试运营单位",
                year,
                "测试联系人",
                phone,
                false);
    }

    private static ComplexInput withPhoneAndStatus(ComplexInput c, String phone, ListStatus status) {
        return new ComplexInput(
                c.nameZh(),
                c.nameEn(),
                c.countyCode(),
                c.level(),
                status,
                c.industryZh(),
                c.industryEn(),
                c.operatingUnit(),
                c.established(),
                c.contactPerson(),
                phone,
                c.demo());
    }

    private static ComplexInput withContact(ComplexInput c, String person) {
        return new ComplexInput(
                c.nameZh(),
                c.nameEn(),
                c.countyCode(),
                c.level(),
                c.listStatus(),
                c.industryZh(),
                c.industryEn(),
                c.operatingUnit(),
                c.established(),
                person,
                c.contactPhone(),
                c.demo());
    }

    private List<AuditTrail.Entry> history(ComplexData c, String action) {
        return registry.complexHistory(c.id()).stream()
                .filter(e -> e.action().equals(action))
                .toList();
    }

    // --- an administrator's writes, and the trail they leave

    @Test
    void anAdministratorCreatesAndEditsAComplexAndAnInstitutionAndTheTrailSaysWhoChangedWhat() {
        ComplexInput input =
                complex(marker("管理测试") + "综合体", JINYUN, Level.MUNICIPAL, ListStatus.CULTIVATION, 2020, "0578-3123456");

        ComplexData created = registry.createComplex(ADMIN, input);
        assertThat(created.cityCode()).as("the city follows from the county").isEqualTo("331100");
        assertThat(created.contactPhone()).isEqualTo("0578-3123456");
        assertThat(created.active()).isTrue();

        ComplexData edited = registry.updateComplex(
                ADMIN, created.id(), created.version(), withPhoneAndStatus(input, "0578-3999888", ListStatus.CREATION));
        assertThat(edited.contactPhone()).isEqualTo("0578-3999888");
        assertThat(edited.listStatus()).isEqualTo(ListStatus.CREATION);
        assertThat(edited.version() > created.version())
                .as("an edit moves the version on")
                .isTrue();
        assertThat(registry.complex(created.id()).orElseThrow())
                .as("what the edit returned is stored")
                .isEqualTo(edited);

        AuditTrail.Entry creation = history(created, "COMPLEX_CREATED").get(0);
        assertThat(creation.actor()).isEqualTo(ADMIN.username());
        assertThat(creation.detail().contains("nameZh: " + input.nameZh()))
                .as(creation.detail())
                .isTrue();
        List<AuditTrail.Entry> updates = history(created, "COMPLEX_UPDATED");
        assertThat(updates.size()).isEqualTo(1);
        assertThat(updates.get(0).actor()).isEqualTo(ADMIN.username());
        assertThat(Set.of(updates.get(0).detail().split("\n")))
                .as("exactly the changed fields, old → new")
                .isEqualTo(Set.of("listStatus: CULTIVATION → CREATION", "contactPhone: 0578-3123456 → 0578-3999888"));

        InstitutionData added = registry.createInstitution(
                ADMIN, created.id(), new InstitutionInput(InstitutionKind.TESTING, " 金属制品检测中心（测试） ", null, true));
        assertThat(added.name()).as("stored trimmed").isEqualTo("金属制品检测中心（测试）");
        InstitutionData changed = registry.updateInstitution(
                ADMIN,
                added.id(),
                added.version(),
                new InstitutionInput(InstitutionKind.TESTING, added.name(), "浙江工业大学（测试）", false));
        assertThat(changed.partner()).isEqualTo("浙江工业大学（测试）");
        assertThat(changed.active()).isFalse();
        assertThat(registry.institutions(created.id())).isEqualTo(List.of(changed));

        List<AuditTrail.Entry> institutionUpdates = history(created, "INSTITUTION_UPDATED");
        assertThat(institutionUpdates.size())
                .as("the complex's history includes its institutions'")
                .isEqualTo(1);
        assertThat(Set.of(institutionUpdates.get(0).detail().split("\n")))
                .isEqualTo(Set.of("partner: — → 浙江工业大学（测试）", "active: true → false"));
        assertThat(history(created, "INSTITUTION_ADDED").size()).isEqualTo(1);

        ComplexData retired = registry.setComplexActive(ADMIN, created.id(), edited.version(), false);
        assertThat(retired.active()).isFalse();
        ComplexData back = registry.setComplexActive(ADMIN, created.id(), retired.version(), true);
        assertThat(back.active()).isTrue();
        assertThat(history(created, "COMPLEX_RETIRED").get(0).detail()).isEqualTo("active: true → false");
        assertThat(history(created, "COMPLEX_REACTIVATED").size()).isEqualTo(1);

        List<AuditTrail.Entry> all = registry.complexHistory(created.id());
        assertThat(all.stream().map(AuditTrail.Entry::action).toList())
                .as("oldest first")
                .isEqualTo(List.of(
                        "COMPLEX_CREATED",
                        "COMPLEX_UPDATED",
                        "INSTITUTION_ADDED",
                        "INSTITUTION_UPDATED",
                        "COMPLEX_RETIRED",
                        "COMPLEX_REACTIVATED"));
    }

    @Test
    void anEditThatChangesNothingLeavesNoTrailAndKeepsTheVersion() {
        ComplexInput input = complex(marker("无变更") + "综合体", QINGTIAN, Level.MUNICIPAL, ListStatus.CREATION, 2018, null);
        ComplexData created = registry.createComplex(ADMIN, input);

        ComplexData same = registry.updateComplex(ADMIN, created.id(), created.version(), input);

        assertThat(same.version()).isEqualTo(created.version());
        assertThat(history(created, "COMPLEX_UPDATED").isEmpty()).isTrue();
    }

    // --- everyone else is refused by the service

    @Test
    void nonAdministratorsAreRefusedByTheServiceAndNothingIsWritten() {
        ComplexData c = registry.createComplex(
                ADMIN, complex(marker("拒绝测试") + "综合体", JINYUN, Level.MUNICIPAL, ListStatus.CREATION, 2019, null));
        InstitutionData i = registry.createInstitution(
                ADMIN, c.id(), new InstitutionInput(InstitutionKind.R_AND_D, "研发中心（测试）", null, true));
        int trail = registry.complexHistory(c.id()).size();
        long complexes = registry.countComplexes(ComplexFilter.ALL);
        var expert = registry.expertByUsername("expert1").orElseThrow();

        List<Actor> others = new ArrayList<>(List.of(
                new Actor("it-county", "IT county", Role.COUNTY_OFFICIAL, JINYUN, null),
                new Actor("it-municipal", "IT municipal", Role.MUNICIPAL_OFFICIAL, "331100", null),
                new Actor("it-op", "IT operator", Role.OPERATOR, JINYUN, c.id()),
                new Actor("it-expert", "IT expert", Role.EXPERT, null, null)));
        others.add(null);
        for (Actor actor : others) {
            String who = actor == null ? "nobody" : actor.role().name();
            List<Runnable> writes = List.of(
                    () -> registry.createComplex(
                            actor,
                            complex(marker("越权") + "综合体", JINYUN, Level.MUNICIPAL, ListStatus.CREATION, 2019, null)),
                    () -> registry.updateComplex(actor, c.id(), c.version(), withContact(c.toInput(), "越权修改")),
                    () -> registry.setComplexActive(actor, c.id(), c.version(), false),
                    () -> registry.createInstitution(
                            actor, c.id(), new InstitutionInput(InstitutionKind.IP, "越权机构", null, true)),
                    () -> registry.updateInstitution(
                            actor, i.id(), i.version(), new InstitutionInput(InstitutionKind.IP, "越权机构", null, true)),
                    () -> registry.updateExpert(
                            actor, expert.id(), expert.version(), new ExpertInput("越权", null, null, null, List.of())));
            for (Runnable write : writes) {
                NotAuthorizedException e = assertThatExceptionOfType(NotAuthorizedException.class)
                        .as(who)
                        .isThrownBy(write::run)
                        .actual();
                assertThat(e.key()).as(who).isEqualTo("registry.error.adminOnly");
            }
        }

        assertThat(registry.complex(c.id()).orElseThrow())
                .as("the complex is untouched")
                .isEqualTo(c);
        assertThat(registry.institutions(c.id()))
                .as("the institution is untouched")
                .isEqualTo(List.of(i));
        assertThat(registry.expertByUsername("expert1").orElseThrow())
                .as("the expert is untouched")
                .isEqualTo(expert);
        assertThat(registry.countComplexes(ComplexFilter.ALL))
                .as("no complex was created")
                .isEqualTo(complexes);
        assertThat(registry.complexHistory(c.id()).size())
                .as("nothing was audited")
                .isEqualTo(trail);
    }

    // --- refusals that keep what is stored

    @Test
    void aStaleUpdateIsRefusedWithTheTranslatedKeyAndNothingIsLost() {
        ComplexInput input = complex(
                marker("并发测试") + "综合体", LONGQUAN, Level.PROVINCIAL, ListStatus.CULTIVATION, 2018, "0578-7123456");
        ComplexData loaded = registry.createComplex(ADMIN, input);
        Actor otherAdmin = new Actor("it-registry-admin2", "IT second admin", Role.ADMIN, null, null);

        // two administrators opened the same version; the first saves
        ComplexData first =
                registry.updateComplex(otherAdmin, loaded.id(), loaded.version(), withContact(input, "先保存的人"));
        // the second saves on the version they loaded
        ConcurrentChangeException e = assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> registry.updateComplex(
                        ADMIN,
                        loaded.id(),
                        loaded.version(),
                        withPhoneAndStatus(input, "0578-7000000", ListStatus.CREATION)))
                .actual();

        assertThat(e.key()).isEqualTo("registry.error.changedByOthers");
        assertTranslated(e.key());
        ComplexData stored = registry.complex(loaded.id()).orElseThrow();
        assertThat(stored).as("the first save stands").isEqualTo(first);
        assertThat(stored.contactPerson()).isEqualTo("先保存的人");
        assertThat(stored.contactPhone())
                .as("nothing of the refused save was written")
                .isEqualTo("0578-7123456");
        List<AuditTrail.Entry> updates = history(loaded, "COMPLEX_UPDATED");
        assertThat(updates.size()).isEqualTo(1);
        assertThat(updates.get(0).actor()).isEqualTo(otherAdmin.username());

        // after reloading, the second administrator's change goes through on top of the first
        ComplexData second = registry.updateComplex(
                ADMIN,
                stored.id(),
                stored.version(),
                withPhoneAndStatus(stored.toInput(), "0578-7000000", ListStatus.CREATION));
        assertThat(second.contactPerson()).isEqualTo("先保存的人");
        assertThat(second.contactPhone()).isEqualTo("0578-7000000");

        // a retirement on a stale version is refused the same way
        assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> registry.setComplexActive(ADMIN, loaded.id(), loaded.version(), false));
        assertThat(registry.complex(loaded.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void aStaleInstitutionUpdateIsRefusedToo() {
        ComplexData c = registry.createComplex(
                ADMIN, complex(marker("机构并发") + "综合体", JINYUN, Level.MUNICIPAL, ListStatus.CREATION, 2019, null));
        InstitutionData loaded = registry.createInstitution(
                ADMIN, c.id(), new InstitutionInput(InstitutionKind.INCUBATION, "孵化器（测试）", null, true));
        registry.updateInstitution(
                ADMIN,
                loaded.id(),
                loaded.version(),
                new InstitutionInput(InstitutionKind.INCUBATION, "孵化器（测试）", "丽水学院（测试）", true));

        ConcurrentChangeException e = assertThatExceptionOfType(ConcurrentChangeException.class)
                .isThrownBy(() -> registry.updateInstitution(
                        ADMIN,
                        loaded.id(),
                        loaded.version(),
                        new InstitutionInput(InstitutionKind.INCUBATION, "改名的孵化器", null, false)))
                .actual();

        assertThat(e.key()).isEqualTo("registry.error.changedByOthers");
        InstitutionData stored = registry.institutions(c.id()).get(0);
        assertThat(stored.name()).isEqualTo("孵化器（测试）");
        assertThat(stored.partner()).isEqualTo("丽水学院（测试）");
        assertThat(stored.active()).isTrue();
    }

    @Test
    void invalidInputIsRefusedFieldByFieldWithTranslatedKeysAndWritesNothing() {
        String name = marker("校验测试") + "综合体";
        long before = registry.countComplexes(new ComplexFilter(name, null, null, null, null));

        ValidationException e = assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> registry.createComplex(
                        ADMIN,
                        new ComplexInput(
                                name,
                                " ",
                                "330100",
                                Level.MUNICIPAL,
                                null,
                                null,
                                null,
                                null,
                                1985,
                                null,
                                "12345",
                                false)))
                .actual();

        assertThat(e.violations().stream().map(Violation::field).toList())
                .isEqualTo(List.of("nameEn", "countyCode", "listStatus", "established", "contactPhone"));
        for (Violation v : e.violations()) {
            assertTranslated(v.key());
        }
        assertTranslated(e.key());
        assertThat(registry.countComplexes(new ComplexFilter(name, null, null, null, null)))
                .isEqualTo(before);

        ComplexData c =
                registry.createComplex(ADMIN, complex(name, JINYUN, Level.MUNICIPAL, ListStatus.CREATION, 2019, null));
        ValidationException taken = assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> registry.createComplex(
                        ADMIN, complex(name, QINGTIAN, Level.MUNICIPAL, ListStatus.CREATION, 2019, null)))
                .actual();
        assertThat(taken.violations()).isEqualTo(List.of(new Violation("nameZh", "registry.error.nameTaken", name)));
        ValidationException badEdit = assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> registry.updateComplex(
                        ADMIN, c.id(), c.version(), withPhoneAndStatus(c.toInput(), "call me", ListStatus.CREATION)))
                .actual();
        assertThat(badEdit.violations().get(0).field()).isEqualTo("contactPhone");
        assertThat(registry.complex(c.id()).orElseThrow())
                .as("a refused edit changes nothing")
                .isEqualTo(c);
    }

    /** the key has a text in both bundles the webapp ships, and the two differ */
    private static void assertTranslated(String key) {
        String zh = ResourceBundle.getBundle("org.innocomplex.web.messages", Locale.SIMPLIFIED_CHINESE)
                .getString(key);
        String en = ResourceBundle.getBundle("org.innocomplex.web.messages", Locale.ENGLISH)
                .getString(key);
        assertThat(zh.isBlank()).as(key).isFalse();
        assertThat(en.isBlank()).as(key).isFalse();
        assertThat(en).as(key).isNotEqualTo(zh);
    }

    // --- the paged query

    @Test
    void thePagedQueryFiltersSortsAndPagesOverManyComplexes() {
        String marker = marker("LAZY");
        String[] counties = {JINYUN, LONGQUAN, QINGTIAN};
        ListStatus[] statuses = ListStatus.values();
        List<Integer> order = IntStream.range(0, 65).boxed().collect(Collectors.toCollection(ArrayList::new));
        // created in a shuffled order, so that sorting by name is not the order of the ids
        Collections.shuffle(order, new Random(7));
        List<ComplexData> made = new ArrayList<>();
        for (int n : order) {
            ComplexData c = registry.createComplex(
                    ADMIN,
                    complex(
                            String.format("%s-综合体-%02d", marker, n),
                            counties[n % 3],
                            n % 2 == 0 ? Level.PROVINCIAL : Level.MUNICIPAL,
                            statuses[n % statuses.length],
                            2000 + n % 20,
                            null));
            if (n % 10 == 0) {
                c = registry.setComplexActive(ADMIN, c.id(), c.version(), false);
            }
            made.add(c);
        }
        ComplexFilter mine = new ComplexFilter(marker, null, null, null, null);

        assertThat(registry.countComplexes(mine)).isEqualTo(65);
        assertThat(registry.countComplexes(
                        new ComplexFilter(marker.toLowerCase(Locale.ROOT) + "-", null, null, null, null)))
                .as("text matches either name, ignoring case")
                .isEqualTo(65);
        assertThat(registry.countComplexes(new ComplexFilter(marker + "%", null, null, null, null)))
                .as("a typed % is a character, not a wildcard")
                .isEqualTo(0);
        assertCount(
                made,
                new ComplexFilter(marker, JINYUN, null, null, null),
                c -> c.countyCode().equals(JINYUN));
        assertCount(
                made,
                new ComplexFilter(marker, null, Level.PROVINCIAL, ListStatus.CREATION, null),
                c -> c.level() == Level.PROVINCIAL && c.listStatus() == ListStatus.CREATION);
        assertCount(
                made,
                new ComplexFilter(marker, LONGQUAN, null, null, false),
                c -> c.countyCode().equals(LONGQUAN) && !c.active());
        assertCount(made, new ComplexFilter(marker, null, null, null, true), ComplexData::active);

        // pages of 20 by Chinese name: 20, 20, 20, 5, together the whole sorted list, no row twice
        List<String> expected = made.stream().map(ComplexData::nameZh).sorted().toList();
        List<String> paged = new ArrayList<>();
        for (int first = 0; first < 80; first += 20) {
            List<ComplexData> page = registry.findComplexes(mine, ComplexSort.NAME_ZH, true, first, 20);
            assertThat(page.size()).as("page at " + first).isEqualTo(first < 60 ? 20 : 5);
            page.forEach(c -> paged.add(c.nameZh()));
        }
        assertThat(paged).isEqualTo(expected);
        assertThat(new HashSet<>(paged).size()).isEqualTo(65);

        List<String> descending = registry.findComplexes(mine, ComplexSort.NAME_EN, false, 0, 5).stream()
                .map(ComplexData::nameEn)
                .toList();
        assertThat(descending)
                .isEqualTo(made.stream()
                        .map(ComplexData::nameEn)
                        .sorted(Comparator.reverseOrder())
                        .limit(5)
                        .toList());

        // by year, newest first, ties in id order; a filtered page of it
        ComplexFilter jinyunActive = new ComplexFilter(marker, JINYUN, null, null, true);
        List<ComplexData> expectedByYear = made.stream()
                .filter(c -> c.countyCode().equals(JINYUN) && c.active())
                .sorted(Comparator.comparing(ComplexData::established)
                        .reversed()
                        .thenComparing(ComplexData::id))
                .toList();
        assertThat(registry.findComplexes(jinyunActive, ComplexSort.ESTABLISHED, false, 5, 5).stream()
                        .map(ComplexData::id)
                        .toList())
                .isEqualTo(expectedByYear.subList(5, 10).stream()
                        .map(ComplexData::id)
                        .toList());

        // by county, then id: all of one county before the next
        List<String> byCounty = registry.findComplexes(mine, ComplexSort.COUNTY, true, 0, 65).stream()
                .map(ComplexData::countyCode)
                .toList();
        assertThat(byCounty).isEqualTo(byCounty.stream().sorted().toList());
    }

    private void assertCount(List<ComplexData> made, ComplexFilter filter, Predicate<ComplexData> expected) {
        long n = made.stream().filter(expected).count();
        assertThat(n > 0).as("the data exercises " + filter).isTrue();
        assertThat(registry.countComplexes(filter)).as(filter.toString()).isEqualTo(n);
        assertThat(registry.findComplexes(filter, ComplexSort.NAME_ZH, true, 0, 100)
                        .size())
                .as(filter.toString())
                .isEqualTo(n);
    }
}
