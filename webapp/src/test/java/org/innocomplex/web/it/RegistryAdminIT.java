package org.innocomplex.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.innocomplex.registry.api.ComplexFilter;
import org.innocomplex.registry.api.ComplexInput;
import org.innocomplex.registry.api.ComplexSort;
import org.innocomplex.registry.api.ComplexView;
import org.innocomplex.registry.api.ExpertInput;
import org.innocomplex.registry.api.InstitutionInput;
import org.innocomplex.registry.api.InstitutionKind;
import org.innocomplex.registry.api.InstitutionView;
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

    private static ComplexInput complex(String nameZh, String county, Level level, ListStatus status, Integer year,
                                        String phone) {
        return new ComplexInput(nameZh, nameZh.replace("综合体", " complex"), county, level, status, "金属制品",
                "metal products", "测试运营单位", year, "测试联系人", phone, false);
    }

    private static ComplexInput withPhoneAndStatus(ComplexInput c, String phone, ListStatus status) {
        return new ComplexInput(c.nameZh(), c.nameEn(), c.countyCode(), c.level(), status, c.industryZh(),
                c.industryEn(), c.operatingUnit(), c.established(), c.contactPerson(), phone, c.demo());
    }

    private static ComplexInput withContact(ComplexInput c, String person) {
        return new ComplexInput(c.nameZh(), c.nameEn(), c.countyCode(), c.level(), c.listStatus(), c.industryZh(),
                c.industryEn(), c.operatingUnit(), c.established(), person, c.contactPhone(), c.demo());
    }

    private List<AuditTrail.Entry> history(ComplexView c, String action) {
        return registry.complexHistory(c.id()).stream().filter(e -> e.action().equals(action)).toList();
    }

    // --- an administrator's writes, and the trail they leave

    @Test
    void anAdministratorCreatesAndEditsAComplexAndAnInstitutionAndTheTrailSaysWhoChangedWhat() {
        ComplexInput input = complex(marker("管理测试") + "综合体", JINYUN, Level.MUNICIPAL, ListStatus.CULTIVATION,
                2020, "0578-3123456");

        ComplexView created = registry.createComplex(ADMIN, input);
        assertEquals("331100", created.cityCode(), "the city follows from the county");
        assertEquals("0578-3123456", created.contactPhone());
        assertTrue(created.active());

        ComplexView edited = registry.updateComplex(ADMIN, created.id(), created.version(),
                withPhoneAndStatus(input, "0578-3999888", ListStatus.CREATION));
        assertEquals("0578-3999888", edited.contactPhone());
        assertEquals(ListStatus.CREATION, edited.listStatus());
        assertTrue(edited.version() > created.version(), "an edit moves the version on");
        assertEquals(edited, registry.complex(created.id()).orElseThrow(), "what the edit returned is stored");

        AuditTrail.Entry creation = history(created, "COMPLEX_CREATED").get(0);
        assertEquals(ADMIN.username(), creation.actor());
        assertTrue(creation.detail().contains("nameZh: " + input.nameZh()), creation.detail());
        List<AuditTrail.Entry> updates = history(created, "COMPLEX_UPDATED");
        assertEquals(1, updates.size());
        assertEquals(ADMIN.username(), updates.get(0).actor());
        assertEquals(Set.of("listStatus: CULTIVATION → CREATION", "contactPhone: 0578-3123456 → 0578-3999888"),
                Set.of(updates.get(0).detail().split("\n")), "exactly the changed fields, old → new");

        InstitutionView added = registry.createInstitution(ADMIN, created.id(),
                new InstitutionInput(InstitutionKind.TESTING, " 金属制品检测中心（测试） ", null, true));
        assertEquals("金属制品检测中心（测试）", added.name(), "stored trimmed");
        InstitutionView changed = registry.updateInstitution(ADMIN, added.id(), added.version(),
                new InstitutionInput(InstitutionKind.TESTING, added.name(), "浙江工业大学（测试）", false));
        assertEquals("浙江工业大学（测试）", changed.partner());
        assertFalse(changed.active());
        assertEquals(List.of(changed), registry.institutions(created.id()));

        List<AuditTrail.Entry> institutionUpdates = history(created, "INSTITUTION_UPDATED");
        assertEquals(1, institutionUpdates.size(), "the complex's history includes its institutions'");
        assertEquals(Set.of("partner: — → 浙江工业大学（测试）", "active: true → false"),
                Set.of(institutionUpdates.get(0).detail().split("\n")));
        assertEquals(1, history(created, "INSTITUTION_ADDED").size());

        ComplexView retired = registry.setComplexActive(ADMIN, created.id(), edited.version(), false);
        assertFalse(retired.active());
        ComplexView back = registry.setComplexActive(ADMIN, created.id(), retired.version(), true);
        assertTrue(back.active());
        assertEquals("active: true → false", history(created, "COMPLEX_RETIRED").get(0).detail());
        assertEquals(1, history(created, "COMPLEX_REACTIVATED").size());

        List<AuditTrail.Entry> all = registry.complexHistory(created.id());
        assertEquals(List.of("COMPLEX_CREATED", "COMPLEX_UPDATED", "INSTITUTION_ADDED", "INSTITUTION_UPDATED",
                "COMPLEX_RETIRED", "COMPLEX_REACTIVATED"), all.stream().map(AuditTrail.Entry::action).toList(),
                "oldest first");
    }

    @Test
    void anEditThatChangesNothingLeavesNoTrailAndKeepsTheVersion() {
        ComplexInput input = complex(marker("无变更") + "综合体", QINGTIAN, Level.MUNICIPAL, ListStatus.CREATION,
                2018, null);
        ComplexView created = registry.createComplex(ADMIN, input);

        ComplexView same = registry.updateComplex(ADMIN, created.id(), created.version(), input);

        assertEquals(created.version(), same.version());
        assertTrue(history(created, "COMPLEX_UPDATED").isEmpty());
    }

    // --- everyone else is refused by the service

    @Test
    void nonAdministratorsAreRefusedByTheServiceAndNothingIsWritten() {
        ComplexView c = registry.createComplex(ADMIN, complex(marker("拒绝测试") + "综合体", JINYUN, Level.MUNICIPAL,
                ListStatus.CREATION, 2019, null));
        InstitutionView i = registry.createInstitution(ADMIN, c.id(),
                new InstitutionInput(InstitutionKind.R_AND_D, "研发中心（测试）", null, true));
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
                    () -> registry.createComplex(actor, complex(marker("越权") + "综合体", JINYUN, Level.MUNICIPAL,
                            ListStatus.CREATION, 2019, null)),
                    () -> registry.updateComplex(actor, c.id(), c.version(),
                            withContact(c.toInput(), "越权修改")),
                    () -> registry.setComplexActive(actor, c.id(), c.version(), false),
                    () -> registry.createInstitution(actor, c.id(),
                            new InstitutionInput(InstitutionKind.IP, "越权机构", null, true)),
                    () -> registry.updateInstitution(actor, i.id(), i.version(),
                            new InstitutionInput(InstitutionKind.IP, "越权机构", null, true)),
                    () -> registry.updateExpert(actor, expert.id(), expert.version(),
                            new ExpertInput("越权", null, null, null, List.of())));
            for (Runnable write : writes) {
                NotAuthorizedException e = assertThrows(NotAuthorizedException.class, write::run, who);
                assertEquals("registry.error.adminOnly", e.key(), who);
            }
        }

        assertEquals(c, registry.complex(c.id()).orElseThrow(), "the complex is untouched");
        assertEquals(List.of(i), registry.institutions(c.id()), "the institution is untouched");
        assertEquals(expert, registry.expertByUsername("expert1").orElseThrow(), "the expert is untouched");
        assertEquals(complexes, registry.countComplexes(ComplexFilter.ALL), "no complex was created");
        assertEquals(trail, registry.complexHistory(c.id()).size(), "nothing was audited");
    }

    // --- refusals that keep what is stored

    @Test
    void aStaleUpdateIsRefusedWithTheTranslatedKeyAndNothingIsLost() {
        ComplexInput input = complex(marker("并发测试") + "综合体", LONGQUAN, Level.PROVINCIAL, ListStatus.CULTIVATION,
                2018, "0578-7123456");
        ComplexView loaded = registry.createComplex(ADMIN, input);
        Actor otherAdmin = new Actor("it-registry-admin2", "IT second admin", Role.ADMIN, null, null);

        // two administrators opened the same version; the first saves
        ComplexView first = registry.updateComplex(otherAdmin, loaded.id(), loaded.version(),
                withContact(input, "先保存的人"));
        // the second saves on the version they loaded
        ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class, () -> registry.updateComplex(
                ADMIN, loaded.id(), loaded.version(), withPhoneAndStatus(input, "0578-7000000", ListStatus.CREATION)));

        assertEquals("registry.error.changedByOthers", e.key());
        assertTranslated(e.key());
        ComplexView stored = registry.complex(loaded.id()).orElseThrow();
        assertEquals(first, stored, "the first save stands");
        assertEquals("先保存的人", stored.contactPerson());
        assertEquals("0578-7123456", stored.contactPhone(), "nothing of the refused save was written");
        List<AuditTrail.Entry> updates = history(loaded, "COMPLEX_UPDATED");
        assertEquals(1, updates.size());
        assertEquals(otherAdmin.username(), updates.get(0).actor());

        // after reloading, the second administrator's change goes through on top of the first
        ComplexView second = registry.updateComplex(ADMIN, stored.id(), stored.version(),
                withPhoneAndStatus(stored.toInput(), "0578-7000000", ListStatus.CREATION));
        assertEquals("先保存的人", second.contactPerson());
        assertEquals("0578-7000000", second.contactPhone());

        // a retirement on a stale version is refused the same way
        assertThrows(ConcurrentChangeException.class,
                () -> registry.setComplexActive(ADMIN, loaded.id(), loaded.version(), false));
        assertTrue(registry.complex(loaded.id()).orElseThrow().active());
    }

    @Test
    void aStaleInstitutionUpdateIsRefusedToo() {
        ComplexView c = registry.createComplex(ADMIN, complex(marker("机构并发") + "综合体", JINYUN, Level.MUNICIPAL,
                ListStatus.CREATION, 2019, null));
        InstitutionView loaded = registry.createInstitution(ADMIN, c.id(),
                new InstitutionInput(InstitutionKind.INCUBATION, "孵化器（测试）", null, true));
        registry.updateInstitution(ADMIN, loaded.id(), loaded.version(),
                new InstitutionInput(InstitutionKind.INCUBATION, "孵化器（测试）", "丽水学院（测试）", true));

        ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class, () -> registry.updateInstitution(
                ADMIN, loaded.id(), loaded.version(),
                new InstitutionInput(InstitutionKind.INCUBATION, "改名的孵化器", null, false)));

        assertEquals("registry.error.changedByOthers", e.key());
        InstitutionView stored = registry.institutions(c.id()).get(0);
        assertEquals("孵化器（测试）", stored.name());
        assertEquals("丽水学院（测试）", stored.partner());
        assertTrue(stored.active());
    }

    @Test
    void invalidInputIsRefusedFieldByFieldWithTranslatedKeysAndWritesNothing() {
        String name = marker("校验测试") + "综合体";
        long before = registry.countComplexes(new ComplexFilter(name, null, null, null, null));

        ValidationException e = assertThrows(ValidationException.class, () -> registry.createComplex(ADMIN,
                new ComplexInput(name, " ", "330100", Level.MUNICIPAL, null, null, null, null, 1985, null, "12345",
                        false)));

        assertEquals(List.of("nameEn", "countyCode", "listStatus", "established", "contactPhone"),
                e.violations().stream().map(Violation::field).toList());
        for (Violation v : e.violations()) {
            assertTranslated(v.key());
        }
        assertTranslated(e.key());
        assertEquals(before, registry.countComplexes(new ComplexFilter(name, null, null, null, null)));

        ComplexView c = registry.createComplex(ADMIN, complex(name, JINYUN, Level.MUNICIPAL, ListStatus.CREATION,
                2019, null));
        ValidationException taken = assertThrows(ValidationException.class, () -> registry.createComplex(ADMIN,
                complex(name, QINGTIAN, Level.MUNICIPAL, ListStatus.CREATION, 2019, null)));
        assertEquals(List.of(new Violation("nameZh", "registry.error.nameTaken", name)), taken.violations());
        ValidationException badEdit = assertThrows(ValidationException.class, () -> registry.updateComplex(ADMIN,
                c.id(), c.version(), withPhoneAndStatus(c.toInput(), "call me", ListStatus.CREATION)));
        assertEquals("contactPhone", badEdit.violations().get(0).field());
        assertEquals(c, registry.complex(c.id()).orElseThrow(), "a refused edit changes nothing");
    }

    /** the key has a text in both bundles the webapp ships, and the two differ */
    private static void assertTranslated(String key) {
        String zh = ResourceBundle.getBundle("org.innocomplex.web.messages", Locale.SIMPLIFIED_CHINESE).getString(key);
        String en = ResourceBundle.getBundle("org.innocomplex.web.messages", Locale.ENGLISH).getString(key);
        assertFalse(zh.isBlank(), key);
        assertFalse(en.isBlank(), key);
        assertNotEquals(zh, en, key);
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
        List<ComplexView> made = new ArrayList<>();
        for (int n : order) {
            ComplexView c = registry.createComplex(ADMIN, complex(String.format("%s-综合体-%02d", marker, n),
                    counties[n % 3], n % 2 == 0 ? Level.PROVINCIAL : Level.MUNICIPAL, statuses[n % statuses.length],
                    2000 + n % 20, null));
            if (n % 10 == 0) {
                c = registry.setComplexActive(ADMIN, c.id(), c.version(), false);
            }
            made.add(c);
        }
        ComplexFilter mine = new ComplexFilter(marker, null, null, null, null);

        assertEquals(65, registry.countComplexes(mine));
        assertEquals(65, registry.countComplexes(new ComplexFilter(marker.toLowerCase(Locale.ROOT) + "-", null,
                null, null, null)), "text matches either name, ignoring case");
        assertEquals(0, registry.countComplexes(new ComplexFilter(marker + "%", null, null, null, null)),
                "a typed % is a character, not a wildcard");
        assertCount(made, new ComplexFilter(marker, JINYUN, null, null, null), c -> c.countyCode().equals(JINYUN));
        assertCount(made, new ComplexFilter(marker, null, Level.PROVINCIAL, ListStatus.CREATION, null),
                c -> c.level() == Level.PROVINCIAL && c.listStatus() == ListStatus.CREATION);
        assertCount(made, new ComplexFilter(marker, LONGQUAN, null, null, false),
                c -> c.countyCode().equals(LONGQUAN) && !c.active());
        assertCount(made, new ComplexFilter(marker, null, null, null, true), ComplexView::active);

        // pages of 20 by Chinese name: 20, 20, 20, 5, together the whole sorted list, no row twice
        List<String> expected = made.stream().map(ComplexView::nameZh).sorted().toList();
        List<String> paged = new ArrayList<>();
        for (int first = 0; first < 80; first += 20) {
            List<ComplexView> page = registry.findComplexes(mine, ComplexSort.NAME_ZH, true, first, 20);
            assertEquals(first < 60 ? 20 : 5, page.size(), "page at " + first);
            page.forEach(c -> paged.add(c.nameZh()));
        }
        assertEquals(expected, paged);
        assertEquals(65, new HashSet<>(paged).size());

        List<String> descending = registry.findComplexes(mine, ComplexSort.NAME_EN, false, 0, 5).stream()
                .map(ComplexView::nameEn).toList();
        assertEquals(made.stream().map(ComplexView::nameEn).sorted(Comparator.reverseOrder()).limit(5).toList(),
                descending);

        // by year, newest first, ties in id order; a filtered page of it
        ComplexFilter jinyunActive = new ComplexFilter(marker, JINYUN, null, null, true);
        List<ComplexView> expectedByYear = made.stream().filter(c -> c.countyCode().equals(JINYUN) && c.active())
                .sorted(Comparator.comparing(ComplexView::established).reversed().thenComparing(ComplexView::id))
                .toList();
        assertEquals(expectedByYear.subList(5, 10).stream().map(ComplexView::id).toList(),
                registry.findComplexes(jinyunActive, ComplexSort.ESTABLISHED, false, 5, 5).stream()
                        .map(ComplexView::id).toList());

        // by county, then id: all of one county before the next
        List<String> byCounty = registry.findComplexes(mine, ComplexSort.COUNTY, true, 0, 65).stream()
                .map(ComplexView::countyCode).toList();
        assertEquals(byCounty.stream().sorted().toList(), byCounty);
    }

    private void assertCount(List<ComplexView> made, ComplexFilter filter, Predicate<ComplexView> expected) {
        long n = made.stream().filter(expected).count();
        assertTrue(n > 0, "the data exercises " + filter);
        assertEquals(n, registry.countComplexes(filter), filter.toString());
        assertEquals(n, registry.findComplexes(filter, ComplexSort.NAME_ZH, true, 0, 100).size(), filter.toString());
    }
}
