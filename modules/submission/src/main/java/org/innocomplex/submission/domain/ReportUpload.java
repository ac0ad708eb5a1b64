package org.innocomplex.submission.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.innocomplex.access.api.Violation;
import org.innocomplex.access.api.Violation.Location;
import org.innocomplex.submission.api.IndicatorData;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportInput;
import org.innocomplex.submission.api.ValueType;
import org.innocomplex.submission.domain.UploadedSheet.Cell;

/**
 * Checks the rows of uploaded template sheets against the cycle's catalogue and its reports, cell by cell, with the
 * form's rules ({@link ReportValidator#checkValues}) and those only a workbook needs: a known complex in each row,
 * numbers where numbers belong, known columns, and no change to a report its operator cannot edit any more or that
 * changed after the template was made. Pure, so every rule is a unit test; the caller saves the changes only when
 * there is no error at all.
 */
public final class ReportUpload {

    /** the longest narrative a report stores */
    public static final int NARRATIVE_MAX = 20_000;

    /**
     * Excel keeps 15 significant digits and writes up to 17 ({@code 0.30000000000000004}); what the user saw is the
     * number rounded to 15.
     */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

    private final Map<String, IndicatorData> byCode = new HashMap<>();
    private final ReportValidator validator;

    public ReportUpload(List<IndicatorData> catalogue) {
        catalogue.forEach(i -> byCode.put(i.code(), i));
        this.validator = new ReportValidator(catalogue);
    }

    /** A report whose draft the upload changes, with everything the form would save. */
    public record Change(ReportData report, ReportInput input) {}

    /**
     * @param rows    data rows read
     * @param errors  every bad cell, in sheet, row and column order
     * @param changes the drafts to save, meaningful only without errors
     */
    public record Plan(int rows, List<Violation> errors, List<Change> changes) {}

    /**
     * @param reports the cycle's reports by complex id, as they are now
     */
    public Plan check(List<UploadedSheet> sheets, Map<Long, ReportData> reports) {
        List<Violation> errors = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        Map<Long, String> seen = new HashMap<>();
        int rows = 0;
        for (UploadedSheet sheet : sheets) {
            Columns columns = columns(sheet, errors);
            rows += sheet.rows().size();
            if (columns.complexId() < 0) {
                // without the complex's id no row can be placed; the reader only hands over sheets that have it
                errors.add(Violation.at(
                        Location.cell(sheet.name(), Math.max(sheet.headerRow(), 1), "A"),
                        "submission.excel.error.notATemplate"));
                continue;
            }
            for (UploadedSheet.Row row : sheet.rows()) {
                checkRow(sheet, columns, row, reports, seen, errors, changes);
            }
        }
        return new Plan(rows, errors, changes);
    }

    /** what a sheet's columns are, by column index */
    private record Columns(int complexId, Integer narrative, Integer stamp, Map<Integer, IndicatorData> indicators) {}

    private Columns columns(UploadedSheet sheet, List<Violation> errors) {
        int headerRow = sheet.headerRow() > 0 ? sheet.headerRow() : sheet.codeRow();
        Map<Integer, IndicatorData> indicators = new TreeMap<>();
        Map<String, Integer> taken = new HashMap<>();
        int complexId = -1;
        Integer narrative = null;
        Integer stamp = null;
        for (Map.Entry<Integer, String> e : new TreeMap<>(sheet.codes()).entrySet()) {
            int col = e.getKey();
            String code = e.getValue();
            String title = sheet.titles().getOrDefault(col, code);
            if (taken.putIfAbsent(code, col) != null) {
                errors.add(Violation.at(
                        Location.cell(sheet.name(), headerRow, WorkbookColumns.letters(col), title),
                        "submission.excel.error.duplicateColumn",
                        title));
                continue;
            }
            switch (code) {
                case WorkbookColumns.COMPLEX_ID -> complexId = col;
                case WorkbookColumns.NARRATIVE -> narrative = col;
                case WorkbookColumns.STAMP -> stamp = col;
                default -> {
                    IndicatorData i = byCode.get(code);
                    if (i != null) {
                        indicators.put(col, i);
                    } else if (!WorkbookColumns.INFORMATION.contains(code)) {
                        errors.add(Violation.at(
                                Location.cell(sheet.name(), headerRow, WorkbookColumns.letters(col), title),
                                "submission.excel.error.unknownColumn",
                                title));
                    }
                }
            }
        }
        new TreeMap<>(sheet.strayColumns())
                .forEach((col, firstRow) -> errors.add(Violation.at(
                        Location.cell(
                                sheet.name(),
                                headerRow,
                                WorkbookColumns.letters(col),
                                sheet.titles().get(col)),
                        "submission.excel.error.unknownColumn",
                        sheet.titles().getOrDefault(col, WorkbookColumns.letters(col)))));
        return new Columns(complexId, narrative, stamp, indicators);
    }

    private void checkRow(
            UploadedSheet sheet,
            Columns columns,
            UploadedSheet.Row row,
            Map<Long, ReportData> reports,
            Map<Long, String> seen,
            List<Violation> allErrors,
            List<Change> changes) {
        // errors of one row are collected by column, so that they read left to right
        Map<Integer, List<Violation>> errors = new TreeMap<>();
        ReportData report = report(sheet, columns, row, reports, seen, errors);

        Map<String, BigDecimal> values = new LinkedHashMap<>(report == null ? Map.of() : report.values());
        Map<String, String> texts = new LinkedHashMap<>(report == null ? Map.of() : report.texts());
        for (Map.Entry<Integer, IndicatorData> e : columns.indicators().entrySet()) {
            int col = e.getKey();
            IndicatorData indicator = e.getValue();
            Cell cell = row.cells().get(col);
            values.remove(indicator.code());
            texts.remove(indicator.code());
            if (cell == null) {
                continue; // blank: not filled in, as an empty field on the form
            }
            if (indicator.type() == ValueType.TEXT) {
                BigDecimal n = cell.kind() == Cell.Kind.NUMBER ? numberIn(cell) : null;
                texts.put(
                        indicator.code(),
                        n != null ? n.toPlainString() : cell.text().strip());
                continue;
            }
            BigDecimal n = numberIn(cell);
            if (n != null) {
                values.put(indicator.code(), n);
            } else if (cell.kind() == Cell.Kind.FORMULA_WITHOUT_VALUE) {
                add(errors, sheet, row, col, "submission.excel.error.formulaWithoutValue");
            } else {
                add(errors, sheet, row, col, "submission.excel.error.notANumber", cell.text());
            }
        }

        String narrative = report == null ? null : report.narrative();
        if (columns.narrative() != null) {
            Cell cell = row.cells().get(columns.narrative());
            narrative =
                    cell == null || cell.text().isBlank() ? null : cell.text().strip();
            if (narrative != null && narrative.length() > NARRATIVE_MAX) {
                add(errors, sheet, row, columns.narrative(), "submission.excel.error.narrativeTooLong", NARRATIVE_MAX);
            }
        }

        // the form's rules on every figure that was read; a cell that was no number is absent here, not zero
        Map<String, Integer> columnOf = new HashMap<>();
        columns.indicators().forEach((col, i) -> columnOf.put(i.code(), col));
        for (Violation f : validator.checkValues(values, texts)) {
            int col = columnOf.getOrDefault(f.field(), columns.complexId());
            add(errors, sheet, row, col, f.key(), f.args().toArray());
        }

        if (report != null && errors.isEmpty()) {
            ReportInput input = new ReportInput(values, texts, narrative, report.explanations());
            if (!unchanged(report, input)) {
                if (!report.status().editable()) {
                    add(errors, sheet, row, columns.complexId(), "submission.excel.error.notEditable");
                } else if (changedSinceTemplate(sheet, columns, row, report, errors)) {
                    add(errors, sheet, row, columns.complexId(), "submission.excel.error.changedSince");
                } else if (errors.isEmpty()) {
                    changes.add(new Change(report, input));
                }
            }
        }
        errors.values().forEach(allErrors::addAll);
    }

    /** the row's report, or null with the reason added to {@code errors} */
    private ReportData report(
            UploadedSheet sheet,
            Columns columns,
            UploadedSheet.Row row,
            Map<Long, ReportData> reports,
            Map<Long, String> seen,
            Map<Integer, List<Violation>> errors) {
        Cell idCell = row.cells().get(columns.complexId());
        if (idCell == null) {
            add(errors, sheet, row, columns.complexId(), "submission.excel.error.complexMissing");
            return null;
        }
        BigDecimal id = numberIn(idCell);
        ReportData report = null;
        if (id != null && id.signum() > 0 && id.stripTrailingZeros().scale() <= 0 && id.precision() < 19) {
            report = reports.get(id.longValueExact());
        }
        if (report == null) {
            add(
                    errors,
                    sheet,
                    row,
                    columns.complexId(),
                    "submission.excel.error.unknownComplex",
                    id == null ? idCell.text() : id.toPlainString());
            return null;
        }
        String here = sheet.name() + "!" + WorkbookColumns.letters(columns.complexId()) + row.number();
        String first = seen.putIfAbsent(report.complexId(), here);
        if (first != null) {
            add(
                    errors,
                    sheet,
                    row,
                    columns.complexId(),
                    "submission.excel.error.duplicateComplex",
                    String.valueOf(report.complexId()),
                    first);
            return null;
        }
        return report;
    }

    /**
     * True when the report changed after the template was made: the row would overwrite someone's later edit with
     * what the template showed. A sheet without the stamp column (not made by this system) is not checked.
     */
    private static boolean changedSinceTemplate(
            UploadedSheet sheet,
            Columns columns,
            UploadedSheet.Row row,
            ReportData report,
            Map<Integer, List<Violation>> errors) {
        if (columns.stamp() == null) {
            return false;
        }
        Cell cell = row.cells().get(columns.stamp());
        if (cell == null) {
            return false;
        }
        Instant stamp;
        try {
            stamp = Instant.parse(cell.text().strip());
        } catch (DateTimeParseException e) {
            add(errors, sheet, row, columns.stamp(), "submission.excel.error.stamp");
            return false;
        }
        return report.updatedAt().truncatedTo(ChronoUnit.MILLIS).isAfter(stamp);
    }

    /** The template's stamp for a report: its last change, to the millisecond (what the database keeps may be finer). */
    public static String stamp(Instant updatedAt) {
        return updatedAt.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static boolean unchanged(ReportData report, ReportInput input) {
        return sameNumbers(report.values(), input.values())
                && report.texts().equals(input.texts())
                && Objects.equals(blankToNull(report.narrative()), blankToNull(input.narrative()));
    }

    private static boolean sameNumbers(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        return a.keySet().equals(b.keySet())
                && a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** the number a cell holds, or null when it holds none */
    static BigDecimal numberIn(Cell cell) {
        return switch (cell.kind()) {
            case NUMBER -> {
                try {
                    yield plain(new BigDecimal(cell.text().strip()).round(EXCEL_DIGITS));
                } catch (NumberFormatException e) {
                    yield null; // a damaged file: its number is no number
                }
            }
            case TEXT -> lenientNumber(cell.text());
            default -> null;
        };
    }

    /**
     * A number typed into a text cell, as people do: full-width digits, surrounding spaces, thousands separators
     * ({@code 1,250.5}). Anything else is not a number; null then.
     */
    static BigDecimal lenientNumber(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (GROUPED_NUMBER.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (!PLAIN_NUMBER.matcher(s).matches()) {
            return null;
        }
        return plain(new BigDecimal(s));
    }

    /** without trailing zeros, but never in exponent form: 540, not 5.4E+2 */
    private static BigDecimal plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static void add(
            Map<Integer, List<Violation>> errors,
            UploadedSheet sheet,
            UploadedSheet.Row row,
            int col,
            String key,
            Object... args) {
        errors.computeIfAbsent(col, c -> new ArrayList<>())
                .add(Violation.at(
                        Location.cell(
                                sheet.name(),
                                row.number(),
                                WorkbookColumns.letters(col),
                                sheet.titles().get(col)),
                        key,
                        args));
    }
}
