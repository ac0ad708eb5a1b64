package org.innocomplex.submission.infrastructure.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.innocomplex.submission.api.IndicatorData;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportWorkbookService;
import org.innocomplex.submission.api.ValueType;
import org.innocomplex.submission.domain.ReportUpload;
import org.innocomplex.submission.domain.WorkbookColumns;

/**
 * Writes the template and the report list. Streams rows to disk as it goes (SXSSF) so that a cycle of ten thousand
 * complexes does not sit in memory as cell objects.
 */
public final class WorkbookWriter {

    /** rows kept in memory while writing; the rest are flushed to a temporary file */
    private static final int WINDOW = 200;

    private static final String AUTHOR = "InnoComplex";

    private WorkbookWriter() {}

    /**
     * The template: row 1 the titles in the reader's language, row 2 (hidden) the column codes the upload maps by,
     * one row per report from row 3.
     */
    public static byte[] template(
            Long cycleId, List<IndicatorData> indicators, List<TemplateRow> rows, WorkbookTexts texts) {
        // shared strings rather than SXSSF's inline ones: a tool that rewrites a cell of an inline string (POI
        // itself) may leave the old text beside the new one, and the template is meant to be rewritten
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, WINDOW, false, true)) {
            Styles styles = new Styles(wb);
            // ties the file to its cycle, so that last year's template is not read into this year's reports
            wb.getXSSFWorkbook()
                    .getProperties()
                    .getCustomProperties()
                    .addProperty(WorkbookColumns.CYCLE_PROPERTY, String.valueOf(cycleId));
            SXSSFSheet sheet = wb.createSheet(texts.get("submission.excel.sheet"));
            Drawing<?> drawing = sheet.createDrawingPatriarch();

            List<Column> columns = new ArrayList<>();
            columns.add(new Column(
                    WorkbookColumns.COMPLEX_ID, texts.get("submission.excel.column.complexId"), 12, true, null));
            columns.add(new Column(
                    WorkbookColumns.COMPLEX_NAME, texts.get("submission.excel.column.complexName"), 36, true, null));
            columns.add(
                    new Column(WorkbookColumns.COUNTY, texts.get("submission.excel.column.county"), 14, true, null));
            columns.add(
                    new Column(WorkbookColumns.STATUS, texts.get("submission.excel.column.status"), 12, true, null));
            indicators.forEach(i -> columns.add(new Column(i.code(), title(i, texts), 18, false, i)));
            columns.add(new Column(
                    WorkbookColumns.NARRATIVE, texts.get("submission.excel.column.narrative"), 60, false, null));
            columns.add(new Column(WorkbookColumns.STAMP, texts.get("submission.excel.column.stamp"), 24, true, null));

            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(48);
            Row codeRow = sheet.createRow(1);
            codeRow.setZeroHeight(true);
            for (int c = 0; c < columns.size(); c++) {
                Column col = columns.get(c);
                Cell title = titleRow.createCell(c);
                title.setCellValue(col.title());
                title.setCellStyle(col.information() ? styles.infoHeader : styles.header);
                codeRow.createCell(c).setCellValue(col.code());
                sheet.setColumnWidth(c, col.width() * 256);
                String note = col.indicator() != null
                        ? note(col.indicator(), texts)
                        : col.information() && !col.code().equals(WorkbookColumns.COMPLEX_ID)
                                ? texts.get("submission.excel.comment.information")
                                : null;
                if (note != null) {
                    comment(wb, drawing, title, note);
                }
                if (col.indicator() != null) {
                    validation(sheet, c, col.indicator(), texts);
                }
            }
            sheet.setColumnHidden(columns.size() - 1, true);
            sheet.createFreezePane(2, 2);

            int r = 2;
            for (TemplateRow row : rows) {
                ReportData report = row.report();
                Row x = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Column col = columns.get(c);
                    Cell cell = x.createCell(c);
                    // the narrative stays one line high: a grid of tall rows is hard to fill; Excel shows it whole
                    // in the formula bar
                    cell.setCellStyle(col.information() ? styles.info : styles.input);
                    switch (col.code()) {
                        case WorkbookColumns.COMPLEX_ID -> cell.setCellValue(report.complexId());
                        case WorkbookColumns.COMPLEX_NAME -> cell.setCellValue(row.complexName());
                        case WorkbookColumns.COUNTY -> cell.setCellValue(row.countyName());
                        case WorkbookColumns.STATUS ->
                            cell.setCellValue(texts.get(
                                    "submission.status." + report.status().name()));
                        case WorkbookColumns.NARRATIVE -> {
                            if (report.narrative() != null) {
                                cell.setCellValue(report.narrative());
                            }
                        }
                        case WorkbookColumns.STAMP -> cell.setCellValue(ReportUpload.stamp(report.updatedAt()));
                        default -> value(cell, col.indicator(), report);
                    }
                }
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The list of a cycle's reports: who, where, how far, and every figure. */
    public static byte[] list(
            List<IndicatorData> indicators, List<TemplateRow> rows, ZoneId zone, WorkbookTexts texts) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
            Styles styles = new Styles(wb);
            SXSSFSheet sheet = wb.createSheet(texts.get("submission.excel.listSheet"));
            List<String> titles = new ArrayList<>(List.of(
                    texts.get("submission.excel.column.complexId"),
                    texts.get("submission.excel.column.complexName"),
                    texts.get("submission.excel.column.county"),
                    texts.get("submission.excel.column.status"),
                    texts.get("submission.excel.column.version"),
                    texts.get("submission.excel.column.submittedAt")));
            indicators.forEach(i -> titles.add(title(i, texts)));
            int[] widths = {12, 36, 14, 12, 8, 18};
            Row head = sheet.createRow(0);
            head.setHeightInPoints(48);
            for (int c = 0; c < titles.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(titles.get(c));
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(c, (c < widths.length ? widths[c] : 18) * 256);
            }
            sheet.createFreezePane(2, 1);
            int r = 1;
            for (TemplateRow row : rows) {
                ReportData report = row.report();
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(report.complexId());
                x.createCell(1).setCellValue(row.complexName());
                x.createCell(2).setCellValue(row.countyName());
                x.createCell(3)
                        .setCellValue(
                                texts.get("submission.status." + report.status().name()));
                x.createCell(4).setCellValue(report.version());
                Cell at = x.createCell(5);
                if (report.submittedAt() != null) {
                    at.setCellValue(LocalDateTime.ofInstant(report.submittedAt(), zone));
                    at.setCellStyle(styles.dateTime);
                }
                for (int i = 0; i < indicators.size(); i++) {
                    value(x.createCell(6 + i), indicators.get(i), report);
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, titles.size() - 1));
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Column(String code, String title, int width, boolean information, IndicatorData indicator) {}

    /** {@code 综合体建设投入（万元）}, {@code Investment in the complex's construction (10k yuan)} */
    private static String title(IndicatorData i, WorkbookTexts texts) {
        String unit = i.unit(texts.chinese());
        return unit == null || unit.isBlank()
                ? i.name(texts.chinese())
                : texts.get("submission.excel.column.indicator", i.name(texts.chinese()), unit);
    }

    /** the header's comment on an indicator: what it is, whether submission needs it, its bounds */
    private static String note(IndicatorData i, WorkbookTexts texts) {
        List<String> lines = new ArrayList<>();
        String help = i.help(texts.chinese());
        if (help != null && !help.isBlank()) {
            lines.add(help);
        }
        if (i.required()) {
            lines.add(texts.get("submission.excel.comment.required"));
        }
        BigDecimal[] bounds = bounds(i);
        if (bounds != null) {
            lines.add(texts.get(
                    i.type() == ValueType.INTEGER
                            ? "submission.excel.comment.integerRange"
                            : "submission.excel.comment.range",
                    plain(bounds[0]),
                    plain(bounds[1])));
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** the bounds the form checks, PERCENT defaulting to 0–100; null unless both ends are known */
    private static BigDecimal[] bounds(IndicatorData i) {
        if (!i.type().numeric()) {
            return null;
        }
        boolean percent = i.type() == ValueType.PERCENT;
        BigDecimal min = i.min() != null ? i.min() : percent ? BigDecimal.ZERO : null;
        BigDecimal max = i.max() != null ? i.max() : percent ? BigDecimal.valueOf(100) : null;
        return min == null || max == null ? null : new BigDecimal[] {min, max};
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /**
     * Excel's own check while typing, so an offline filler sees a bad figure at once; the upload checks again, for
     * pasted values escape it.
     */
    private static void validation(SXSSFSheet sheet, int col, IndicatorData i, WorkbookTexts texts) {
        BigDecimal[] bounds = bounds(i);
        if (bounds == null) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        boolean integer = i.type() == ValueType.INTEGER;
        DataValidationConstraint constraint = integer
                ? helper.createIntegerConstraint(
                        DataValidationConstraint.OperatorType.BETWEEN, plain(bounds[0]), plain(bounds[1]))
                : helper.createDecimalConstraint(
                        DataValidationConstraint.OperatorType.BETWEEN, plain(bounds[0]), plain(bounds[1]));
        // every row an upload may hold, not only the pre-filled ones: the bureau adds rows for late reports
        DataValidation v = helper.createValidation(
                constraint, new CellRangeAddressList(2, ReportWorkbookService.MAX_ROWS + 1, col, col));
        v.setEmptyCellAllowed(true);
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(
                texts.get("submission.excel.validation.title"),
                texts.get(
                        integer ? "submission.excel.comment.integerRange" : "submission.excel.comment.range",
                        plain(bounds[0]),
                        plain(bounds[1])));
        sheet.addValidationData(v);
    }

    private static void comment(SXSSFWorkbook wb, Drawing<?> drawing, Cell cell, String text) {
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 3);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 5);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString(text));
        comment.setAuthor(AUTHOR);
        cell.setCellComment(comment);
    }

    private static void value(Cell cell, IndicatorData i, ReportData report) {
        if (i.type() == ValueType.TEXT) {
            String t = report.texts().get(i.code());
            if (t != null) {
                cell.setCellValue(t);
            }
            return;
        }
        BigDecimal n = report.values().get(i.code());
        if (n != null) {
            // figures are at most 18 digits with 4 decimals; a double keeps the 15 Excel shows
            cell.setCellValue(n.doubleValue());
        }
    }

    private static byte[] bytes(SXSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            wb.write(out);
        } finally {
            wb.dispose();
        }
        return out.toByteArray();
    }

    /** The few styles the sheets use; a workbook holds a limited number, so they are made once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle infoHeader;
        final CellStyle info;
        final CellStyle input;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            border(header);
            infoHeader = wb.createCellStyle();
            infoHeader.cloneStyleFrom(header);
            infoHeader.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            info = wb.createCellStyle();
            info.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            info.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            info.setVerticalAlignment(VerticalAlignment.TOP);
            border(info);
            input = wb.createCellStyle();
            input.setVerticalAlignment(VerticalAlignment.TOP);
            border(input);
            dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        }

        private static void border(CellStyle s) {
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
            s.setTopBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
            s.setLeftBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
            s.setRightBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        }
    }
}
