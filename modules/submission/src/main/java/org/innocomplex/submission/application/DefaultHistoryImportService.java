package org.innocomplex.submission.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.access.api.Violation.Location;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ComplexFilter;
import org.innocomplex.registry.api.ComplexInput;
import org.innocomplex.registry.api.ComplexSort;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CycleService;
import org.innocomplex.submission.api.CycleStatus;
import org.innocomplex.submission.api.HistoryImportService;
import org.innocomplex.submission.api.ImportRefusedException;
import org.innocomplex.submission.api.ImportResult;
import org.innocomplex.submission.api.ReportService;
import org.innocomplex.submission.domain.ImportTable;
import org.innocomplex.submission.infrastructure.table.TableFiles;

/**
 * Imports row by row through the services the forms use ({@link RegistryService#createComplex},
 * {@link ReportService#recordPastReport}), so a row is refused for exactly what the form would refuse. All rows
 * run in one transaction and every row is tried even after a refusal, so the administrator sees every bad row at
 * once; any refusal then throws {@link ImportRefusedException}, which rolls the whole file back.
 */
@ApplicationScoped
@Transactional
public class DefaultHistoryImportService implements HistoryImportService {

    static final Map<String, Level> LEVELS = Map.of("省级", Level.PROVINCIAL, "市级", Level.MUNICIPAL);
    static final Map<String, ListStatus> STATUSES =
            Map.of("培育", ListStatus.CULTIVATION, "创建", ListStatus.CREATION, "认定", ListStatus.RECOGNISED);

    @Inject
    RegistryService registry;

    @Inject
    ReportService reports;

    @Inject
    CycleService cycles;

    @Inject
    AuditTrail audit;

    @Override
    public ImportResult importComplexes(InputStream file, Actor actor) {
        requireAdmin(actor);
        ImportTable table = read(file);
        Map<String, Integer> cols = table.columns();
        List<Violation> errors = new ArrayList<>(unknownColumns(table, COMPLEX_COLUMNS, Set.of()));
        requireColumns(table, cols, List.of("nameZh", "countyCode", "level"), errors);
        if (!errors.isEmpty()) {
            throw new ImportRefusedException(new ImportResult(table.rows().size(), 0, errors));
        }
        int saved = 0;
        for (ImportTable.Row row : table.rows()) {
            List<Violation> rowErrors = new ArrayList<>();
            ComplexInput input = new ComplexInput(
                    text(row, cols, "nameZh"),
                    text(row, cols, "nameEn"),
                    text(row, cols, "countyCode"),
                    choice(row, cols, "level", Level.class, LEVELS, rowErrors),
                    choice(row, cols, "listStatus", ListStatus.class, STATUSES, rowErrors),
                    text(row, cols, "industryZh"),
                    text(row, cols, "industryEn"),
                    text(row, cols, "operatingUnit"),
                    integer(row, cols, "established", rowErrors),
                    text(row, cols, "contactPerson"),
                    text(row, cols, "contactPhone"),
                    false);
            if (!rowErrors.isEmpty()) {
                errors.addAll(rowErrors);
                continue;
            }
            try {
                registry.createComplex(actor, input);
                saved++;
            } catch (ValidationException e) {
                for (Violation v : e.violations()) {
                    errors.add(v.relocated(Location.row(row.line(), v.field())));
                }
            } catch (DomainException e) {
                errors.add(new Violation(Location.row(row.line()), e.key(), e.args()));
            }
        }
        return finish(table, saved, errors);
    }

    @Override
    public ImportResult importPastReports(InputStream file, Actor actor) {
        requireAdmin(actor);
        ImportTable table = read(file);
        Map<String, Integer> cols = table.columns();
        List<Violation> errors = new ArrayList<>();
        requireColumns(table, cols, List.of("year", "complex"), errors);
        if (!errors.isEmpty()) {
            throw new ImportRefusedException(new ImportResult(table.rows().size(), 0, errors));
        }
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
        Set<String> fixed = Set.of("year", "complex", "narrative");
        int saved = 0;
        // the cycle of each year the file brought reports into, with how many
        Map<Long, int[]> byCycle = new java.util.TreeMap<>();
        Map<Long, Integer> yearOfCycle = new java.util.HashMap<>();
        for (ImportTable.Row row : table.rows()) {
            List<Violation> rowErrors = new ArrayList<>();
            Integer year = integer(row, cols, "year", rowErrors);
            if (year == null && rowErrors.isEmpty()) {
                rowErrors.add(
                        Violation.at(Location.row(row.line(), "year"), "submission.import.error.required", "year"));
            } else if (year != null && (year < 1990 || year >= thisYear)) {
                rowErrors.add(Violation.at(
                        Location.row(row.line(), "year"),
                        "submission.import.error.notPastYear",
                        String.valueOf(year),
                        String.valueOf(thisYear)));
            }
            ComplexData complex = complex(row, cols, rowErrors);
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (int i = 0; i < table.headings().size(); i++) {
                String heading = table.headings().get(i);
                if (heading == null
                        || heading.isBlank()
                        || fixed.contains(heading.strip().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String code = heading.strip();
                String v = row.cell(i);
                if (v != null) {
                    try {
                        values.put(code, new BigDecimal(v.replace(",", "").replace(" ", "")));
                    } catch (NumberFormatException e) {
                        rowErrors.add(
                                Violation.at(Location.row(row.line(), code), "submission.import.error.notANumber", v));
                    }
                }
            }
            if (rowErrors.isEmpty() && running(year, complex.cityCode())) {
                // a running cycle's reports go through the appraisal, not around it
                rowErrors.add(Violation.at(
                        Location.row(row.line(), "year"),
                        "submission.import.error.cycleRunning",
                        String.valueOf(year)));
            }
            if (!rowErrors.isEmpty()) {
                errors.addAll(rowErrors);
                continue;
            }
            try {
                var report = reports.recordPastReport(
                        year, complex.cityCode(), complex.id(), values, text(row, cols, "narrative"), actor);
                byCycle.computeIfAbsent(report.cycleId(), k -> new int[1])[0]++;
                yearOfCycle.put(report.cycleId(), report.year());
                saved++;
            } catch (ValidationException e) {
                for (Violation v : e.violations()) {
                    errors.add(v.relocated(Location.row(row.line(), v.field())));
                }
            } catch (DomainException e) {
                errors.add(new Violation(Location.row(row.line()), e.key(), e.args()));
            }
        }
        ImportResult result = finish(table, saved, errors);
        // one line per year, in the import's transaction: a refused file leaves none, as it leaves no report
        byCycle.forEach((cycleId, count) -> audit.record(
                actor.username(),
                "PAST_REPORTS_IMPORTED",
                "cycle",
                String.valueOf(cycleId),
                "year " + yearOfCycle.get(cycleId) + ": " + count[0] + " report(s)"));
        return result;
    }

    private static ImportResult finish(ImportTable table, int saved, List<Violation> errors) {
        if (!errors.isEmpty()) {
            throw new ImportRefusedException(new ImportResult(table.rows().size(), 0, errors));
        }
        if (table.rows().isEmpty()) {
            throw new DomainException("submission.import.error.empty");
        }
        return new ImportResult(table.rows().size(), saved, List.of());
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.is(Role.ADMIN)) {
            throw new NotAuthorizedException("submission.import.error.adminOnly");
        }
    }

    private static ImportTable read(InputStream file) {
        byte[] bytes;
        try {
            bytes = file.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new DomainException("submission.import.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (bytes.length == 0) {
            throw new DomainException("submission.import.error.empty");
        }
        return new TableFiles(MAX_ROWS).read(bytes);
    }

    /** A heading that is no field would silently drop its column: refuse it, naming it. */
    private static List<Violation> unknownColumns(ImportTable table, List<String> known, Set<String> alsoKnown) {
        List<Violation> errors = new ArrayList<>();
        Set<String> lower = new java.util.HashSet<>(alsoKnown);
        known.forEach(k -> lower.add(k.toLowerCase(Locale.ROOT)));
        for (String h : table.headings()) {
            if (h != null && !h.isBlank() && !lower.contains(h.strip().toLowerCase(Locale.ROOT))) {
                errors.add(Violation.at(
                        Location.row(table.headingLine(), h.strip()),
                        "submission.import.error.unknownColumn",
                        h.strip(),
                        String.join(", ", known)));
            }
        }
        return errors;
    }

    private static void requireColumns(
            ImportTable table, Map<String, Integer> cols, List<String> required, List<Violation> errors) {
        for (String r : required) {
            if (!cols.containsKey(r.toLowerCase(Locale.ROOT))) {
                errors.add(Violation.at(
                        Location.row(Math.max(1, table.headingLine()), r), "submission.import.error.missingColumn", r));
            }
        }
    }

    private static String text(ImportTable.Row row, Map<String, Integer> cols, String column) {
        Integer i = cols.get(column.toLowerCase(Locale.ROOT));
        return i == null ? null : row.cell(i);
    }

    private static <E extends Enum<E>> E choice(
            ImportTable.Row row,
            Map<String, Integer> cols,
            String column,
            Class<E> type,
            Map<String, E> byName,
            List<Violation> errors) {
        String v = text(row, cols, column);
        if (v == null) {
            return null;
        }
        if (byName.containsKey(v)) {
            return byName.get(v);
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(c.name());
            }
            byName.keySet().stream().sorted().forEach(n -> allowed.append(", ").append(n));
            errors.add(Violation.at(
                    Location.row(row.line(), column), "submission.import.error.notAChoice", v, allowed.toString()));
            return null;
        }
    }

    private static Integer integer(
            ImportTable.Row row, Map<String, Integer> cols, String column, List<Violation> errors) {
        String v = text(row, cols, column);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.replace(",", "")).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(Violation.at(Location.row(row.line(), column), "submission.import.error.notAWholeNumber", v));
            return null;
        }
    }

    private boolean running(int year, String cityCode) {
        return cycles.cycles(cityCode).stream().anyMatch(c -> c.year() == year && c.status() == CycleStatus.OPEN);
    }

    /** By id, or by the exact Chinese name (what the bureau's old spreadsheets carry). */
    private ComplexData complex(ImportTable.Row row, Map<String, Integer> cols, List<Violation> errors) {
        String v = text(row, cols, "complex");
        if (v == null) {
            errors.add(
                    Violation.at(Location.row(row.line(), "complex"), "submission.import.error.required", "complex"));
            return null;
        }
        if (v.chars().allMatch(Character::isDigit)) {
            var byId = registry.complex(Long.valueOf(v));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        List<ComplexData> named =
                registry
                        .findComplexes(new ComplexFilter(v, null, null, null, null), ComplexSort.NAME_ZH, true, 0, 50)
                        .stream()
                        .filter(c -> v.equals(c.nameZh()))
                        .toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        errors.add(Violation.at(
                Location.row(row.line(), "complex"),
                named.isEmpty() ? "submission.import.error.unknownComplex" : "submission.import.error.ambiguousComplex",
                v));
        return null;
    }
}
