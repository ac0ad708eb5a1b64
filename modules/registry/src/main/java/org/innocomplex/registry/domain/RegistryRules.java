package org.innocomplex.registry.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.innocomplex.access.api.PlainText;
import org.innocomplex.access.api.Violation;
import org.innocomplex.registry.api.ComplexInput;
import org.innocomplex.registry.api.ExpertInput;
import org.innocomplex.registry.api.InstitutionInput;

/**
 * What the registry accepts, as field-by-field refusals. Pure: the database's answers (does the county exist, is the
 * name taken) and the current year come in as arguments, so the rules are unit-tested without a container. The
 * lengths are the columns' (V1, V3); the characters a text may carry are {@link PlainText}'s.
 */
public final class RegistryRules {
    /** the programme began in 2017; older founding years of the carriers it grew from are still plausible */
    public static final int FIRST_YEAR = 1990;

    /**
     * Mainland mobile numbers (1[3-9] and nine digits) and landlines with area code (0 and 2–3 digits, 7–8 digits,
     * optional extension), with an optional +86; spaces are ignored.
     */
    static final Pattern PHONE = Pattern.compile("(\\+?86-?)?(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?)");

    private RegistryRules() {}

    public static List<Violation> complex(
            ComplexInput c, Predicate<String> countyExists, boolean nameZhTaken, int currentYear) {
        List<Violation> v = new ArrayList<>();
        required(v, "nameZh", c.nameZh(), 200);
        if (c.nameZh() != null && nameZhTaken) {
            v.add(new Violation("nameZh", "registry.error.nameTaken", c.nameZh()));
        }
        required(v, "nameEn", c.nameEn(), 300);
        if (c.countyCode() == null) {
            v.add(new Violation("countyCode", "registry.error.required"));
        } else if (!countyExists.test(c.countyCode())) {
            v.add(new Violation("countyCode", "registry.error.unknownCounty", c.countyCode()));
        }
        if (c.level() == null) {
            v.add(new Violation("level", "registry.error.required"));
        }
        if (c.listStatus() == null) {
            v.add(new Violation("listStatus", "registry.error.required"));
        }
        optional(v, "industryZh", c.industryZh(), 200);
        optional(v, "industryEn", c.industryEn(), 300);
        optional(v, "operatingUnit", c.operatingUnit(), 300);
        if (c.established() != null && (c.established() < FIRST_YEAR || c.established() > currentYear)) {
            // as text: a year is no quantity, and a message format would print 2,026
            v.add(new Violation(
                    "established",
                    "registry.error.establishedRange",
                    String.valueOf(FIRST_YEAR),
                    String.valueOf(currentYear)));
        }
        optional(v, "contactPerson", c.contactPerson(), 100);
        if (c.contactPhone() != null && !isPhone(c.contactPhone())) {
            v.add(new Violation("contactPhone", "registry.error.phoneFormat"));
        }
        return v;
    }

    public static boolean isPhone(String phone) {
        return phone != null
                && phone.length() <= 32
                && PHONE.matcher(phone.replace(" ", "")).matches();
    }

    public static List<Violation> institution(InstitutionInput i) {
        List<Violation> v = new ArrayList<>();
        if (i.kind() == null) {
            v.add(new Violation("kind", "registry.error.required"));
        }
        required(v, "name", i.name(), 200);
        optional(v, "partner", i.partner(), 200);
        return v;
    }

    public static List<Violation> expert(ExpertInput e) {
        List<Violation> v = new ArrayList<>();
        required(v, "name", e.name(), 100);
        optional(v, "title", e.title(), 100);
        optional(v, "field", e.field(), 200);
        optional(v, "organisation", e.organisation(), 300);
        List<String> aff = e.affiliations() == null ? List.of() : e.affiliations();
        if (aff.stream().anyMatch(a -> a.length() > 300)) {
            v.add(new Violation("affiliations", "registry.error.tooLong", 300));
        } else if (String.join("\n", aff).length() > 4000) {
            v.add(new Violation("affiliations", "registry.error.tooLong", 4000));
        } else {
            // one affiliation per line: the line breaks between them are the form's, not the text's
            aff.stream()
                    .map(a -> PlainText.check("affiliations", a, false))
                    .flatMap(java.util.Optional::stream)
                    .findFirst()
                    .ifPresent(v::add);
        }
        return v;
    }

    private static void required(List<Violation> v, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            v.add(new Violation(field, "registry.error.required"));
        } else {
            optional(v, field, value, max);
        }
    }

    /** every text of the registry is one line: a name, a title, an organisation */
    private static void optional(List<Violation> v, String field, String value, int max) {
        if (value != null && value.length() > max) {
            v.add(new Violation(field, "registry.error.tooLong", max));
        } else {
            PlainText.check(field, value, false).ifPresent(v::add);
        }
    }
}
