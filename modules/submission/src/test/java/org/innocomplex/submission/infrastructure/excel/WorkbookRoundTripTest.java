package org.innocomplex.submission.infrastructure.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.domain.ReportUpload;
import org.innocomplex.submission.domain.UploadFixtures;
import org.innocomplex.submission.domain.UploadedSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template as the bureau gets it, filled in with POI as Excel would, and read back: headers in the reader's
 * language, the codes row, and every bad cell named by sheet, row and column.
 */
class WorkbookRoundTripTest {
    // where a refusal points: the parts of its cell
    static final Function<Violation, String> SHEET = v -> v.location().sheet();
    static final Function<Violation, Integer> ROW = v -> v.location().row();
    static final Function<Violation, String> COLUMN = v -> v.location().column();
    static final Function<Violation, String> HEADING = v -> v.location().heading();

    /** the application's own bundles, so the headings tested are the ones shipped */
    static final Path BUNDLES = Path.of("../../webapp/src/main/resources/org/innocomplex/web");

    @TempDir
    Path dir;

    static WorkbookTexts texts(Locale locale) {
        String lang = locale.getLanguage();
        try (Reader r =
                Files.newBufferedReader(BUNDLES.resolve("messages_" + lang + ".properties"), StandardCharsets.UTF_8)) {
            return new WorkbookTexts(new PropertyResourceBundle(r), locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TemplateRow> rows() {
        Map<Long, ReportData> reports = UploadFixtures.reports();
        return List.of(
                new TemplateRow(reports.get(101L), "缙云锯床综合体", "缙云县"),
                new TemplateRow(reports.get(102L), "龙泉汽车空调综合体", "龙泉市"),
                new TemplateRow(reports.get(103L), "青田阀门综合体", "青田县"));
    }

    static byte[] template(Locale locale) {
        return WorkbookWriter.template(UploadFixtures.CYCLE, UploadFixtures.CATALOGUE, rows(), texts(locale));
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static List<String> row(Sheet sheet, int index) {
        List<String> texts = new ArrayList<>();
        for (Cell c : sheet.getRow(index)) {
            texts.add(c.toString());
        }
        return texts;
    }

    private Path save(XSSFWorkbook wb) throws IOException {
        Path file = Files.createTempFile(dir, "filled-", ".xlsx");
        try (var out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    private static ReportUpload.Plan check(WorkbookReader.Content content) {
        return new ReportUpload(UploadFixtures.CATALOGUE).check(content.sheets(), UploadFixtures.reports());
    }

    @Test
    void theChineseTemplateHasChineseHeadersWithUnitsAndTheCodesInAHiddenRow() throws IOException {
        try (XSSFWorkbook wb = open(template(Locale.SIMPLIFIED_CHINESE))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("年度报告");
            assertThat(row(sheet, 0))
                    .containsExactly(
                            "综合体编号",
                            "综合体名称",
                            "县（市、区）",
                            "报告状态",
                            "综合体建设投入（万元）",
                            "集群企业数（家）",
                            "博士及高级职称人才占比（%）",
                            "年度亮点",
                            "自评报告",
                            "校验信息（请勿修改）");
            assertThat(row(sheet, 1))
                    .containsExactly(
                            "#complex_id",
                            "#complex_name",
                            "#county",
                            "#status",
                            "construction_investment",
                            "cluster_enterprises",
                            "high_level_talent_share",
                            "highlights",
                            "#narrative",
                            "#updated_at");
            assertThat(sheet.getRow(1).getZeroHeight())
                    .as("the codes row is hidden")
                    .isTrue();
            assertThat(sheet.isColumnHidden(9)).as("the stamp column is hidden").isTrue();
            assertThat(sheet.getCellComment(new org.apache.poi.ss.util.CellAddress("E1"))
                            .getString()
                            .getString())
                    .contains("本年度用于综合体建设的投入", "提交时必填", "0", "10000000");
            assertThat(sheet.getDataValidations())
                    .as("Excel checks the bounds while typing")
                    .hasSize(3);
        }
    }

    @Test
    void theEnglishTemplateHasEnglishHeaders() throws IOException {
        try (XSSFWorkbook wb = open(template(Locale.ENGLISH))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("reports");
            assertThat(row(sheet, 0))
                    .containsExactly(
                            "Complex ID",
                            "Complex",
                            "County",
                            "Report status",
                            "Investment in construction (10k yuan)",
                            "Enterprises in the cluster (count)",
                            "Share with a PhD or senior title (%)",
                            "Highlights of the year",
                            "Self-evaluation",
                            "Check value (do not edit)");
            assertThat(row(sheet, 2)).startsWith("101.0", "缙云锯床综合体", "缙云县", "Draft", "1250.5", "420.0");
        }
    }

    @Test
    void oneRowPerReportWithItsCurrentValues() throws IOException {
        try (XSSFWorkbook wb = open(template(Locale.SIMPLIFIED_CHINESE))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(101);
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("草稿");
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(1250.5);
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("去年的自评");
            assertThat(sheet.getRow(2).getCell(9).getStringCellValue()).isEqualTo("2026-03-01T08:00:00.123Z");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("已提交");
        }
    }

    @Test
    void aFilledTemplateReadsBackAsTheDraftsToSave() throws IOException {
        Path file;
        try (XSSFWorkbook wb = open(template(Locale.SIMPLIFIED_CHINESE))) {
            Sheet sheet = wb.getSheetAt(0);
            Row jinyun = sheet.getRow(2);
            jinyun.getCell(4).setCellValue(1300.25);
            jinyun.getCell(6).setCellValue(12.5);
            jinyun.getCell(7).setCellValue("新建中试基地");
            jinyun.getCell(8).setCellValue("本年度建设推进顺利，服务企业成效明显。");
            Row longquan = sheet.getRow(3);
            longquan.getCell(5).setCellValue("1,540"); // typed as text, with a thousands separator
            file = save(wb);
        }

        WorkbookReader.Content content = new WorkbookReader(100).read(file);
        assertThat(content.cycleId()).contains(UploadFixtures.CYCLE);
        assertThat(content.sheets()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("年度报告");
            assertThat(s.headerRow()).isEqualTo(1);
            assertThat(s.codeRow()).isEqualTo(2);
            assertThat(s.rows()).extracting(UploadedSheet.Row::number).containsExactly(3, 4, 5);
        });

        ReportUpload.Plan plan = check(content);
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.rows()).isEqualTo(3);
        assertThat(plan.changes())
                .as("the submitted report's row is unchanged, so it is no error and not saved")
                .extracting(c -> c.report().complexId())
                .containsExactly(101L, 102L);
        assertThat(plan.changes().get(0).input().values())
                .containsEntry("construction_investment", new BigDecimal("1300.25"))
                .containsEntry("cluster_enterprises", new BigDecimal("420"))
                .containsEntry("high_level_talent_share", new BigDecimal("12.5"));
        assertThat(plan.changes().get(0).input().texts()).containsEntry("highlights", "新建中试基地");
        assertThat(plan.changes().get(0).input().narrative()).isEqualTo("本年度建设推进顺利，服务企业成效明显。");
        assertThat(plan.changes().get(1).input().values()).containsEntry("cluster_enterprises", new BigDecimal("1540"));
    }

    @Test
    void everyBadCellIsNamedBySheetRowAndColumn() throws IOException {
        Path file;
        try (XSSFWorkbook wb = open(template(Locale.SIMPLIFIED_CHINESE))) {
            Sheet sheet = wb.getSheetAt(0);
            sheet.getRow(2).getCell(4).setCellValue("一千万左右"); // E3: no number
            sheet.getRow(2).getCell(5).setCellValue(-3); // F3: below 0
            sheet.getRow(3).getCell(5).setCellValue(7.5); // F4: not whole
            sheet.getRow(3).getCell(6).setCellValue(130); // G4: a share over 100
            Row extra = sheet.createRow(6); // row 7: a complex not in the cycle
            extra.createCell(0).setCellValue(999);
            extra.createCell(5).setCellValue(10);
            sheet.getRow(0).createCell(10).setCellValue("备注"); // K: a column the template never had
            sheet.getRow(3).createCell(10).setCellValue("请县里核实");
            file = save(wb);
        }

        ReportUpload.Plan plan = check(new WorkbookReader(100).read(file));

        assertThat(plan.errors())
                .extracting(SHEET, ROW, COLUMN, Violation::key, Violation::args)
                .containsExactly(
                        tuple("年度报告", 1, "K", "submission.excel.error.unknownColumn", List.of("备注")),
                        tuple("年度报告", 3, "E", "submission.excel.error.notANumber", List.of("一千万左右")),
                        tuple("年度报告", 3, "F", "submission.error.min", List.of("0")),
                        tuple("年度报告", 4, "F", "submission.error.integer", List.of()),
                        tuple("年度报告", 4, "G", "submission.error.max", List.of("100")),
                        tuple("年度报告", 7, "A", "submission.excel.error.unknownComplex", List.of("999")));
        assertThat(plan.errors())
                .extracting(HEADING)
                .as("each names its column's title too")
                .containsExactly("备注", "综合体建设投入（万元）", "集群企业数（家）", "集群企业数（家）", "博士及高级职称人才占比（%）", "综合体编号");
    }

    @Test
    void aFormulaIsReadByItsResultAndOneWithoutAResultIsNamed() throws IOException {
        Path file;
        try (XSSFWorkbook wb = open(template(Locale.SIMPLIFIED_CHINESE))) {
            Sheet sheet = wb.getSheetAt(0);
            sheet.getRow(3).getCell(4).setCellFormula("1000+250.5");
            wb.getCreationHelper()
                    .createFormulaEvaluator()
                    .evaluateFormulaCell(sheet.getRow(3).getCell(4));
            sheet.getRow(3).getCell(5).setCellFormula("SUM(Z90:Z91)"); // never evaluated: no cached result
            file = save(wb);
        }

        ReportUpload.Plan plan = check(new WorkbookReader(100).read(file));

        assertThat(plan.errors())
                .extracting(ROW, COLUMN, Violation::key)
                .containsExactly(tuple(4, "F", "submission.excel.error.formulaWithoutValue"));
    }

    @Test
    void sheetsThatAreNoTemplateSheetsAreSkipped() throws IOException {
        Path file;
        try (XSSFWorkbook wb = open(template(Locale.SIMPLIFIED_CHINESE))) {
            Sheet notes = wb.createSheet("说明");
            notes.createRow(0).createCell(0).setCellValue("县里补充的说明");
            file = save(wb);
        }

        assertThat(new WorkbookReader(100).read(file).sheets())
                .extracting(UploadedSheet::name)
                .containsExactly("年度报告");
    }

    @Test
    void aWorkbookWithoutATemplateSheetIsRefused() throws IOException {
        Path file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row r = wb.createSheet("Sheet1").createRow(0);
            r.createCell(0).setCellValue("综合体");
            r.createCell(1).setCellValue("投入");
            file = save(wb);
        }

        assertThatThrownBy(() -> new WorkbookReader(100).read(file))
                .isInstanceOf(DomainException.class)
                .extracting("key")
                .isEqualTo("submission.excel.error.notATemplate");
    }

    @Test
    void moreRowsThanTheLimitAreRefused() throws IOException {
        Path file;
        try (XSSFWorkbook wb = open(template(Locale.SIMPLIFIED_CHINESE))) {
            wb.getSheetAt(0).createRow(20).createCell(0).setCellValue(104);
            file = save(wb);
        }

        assertThatThrownBy(() -> new WorkbookReader(3).read(file))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).key()).isEqualTo("submission.excel.error.tooManyRows");
                    assertThat(((DomainException) e).args()).containsExactly(3);
                });
        assertThat(new WorkbookReader(4).read(file).sheets().get(0).rows()).hasSize(4);
    }

    @Test
    void anUploadPastTheSizeLimitIsRefusedBeforeItIsRead() {
        InputStream big = new ByteArrayInputStream(new byte[2 * 1024 * 1024 + 1]);

        assertThatThrownBy(() -> new WorkbookReader(100).read(big, 2L * 1024 * 1024))
                .isInstanceOf(DomainException.class)
                .extracting("key")
                .isEqualTo("submission.excel.error.tooLarge");
    }

    @Test
    void contentThatIsNoXlsxIsRefusedWhateverItsName() throws IOException {
        byte[] csv = "综合体编号,投入\n101,1250\n".getBytes(StandardCharsets.UTF_8);
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};

        assertThatThrownBy(() -> new WorkbookReader(100).read(new ByteArrayInputStream(csv), 1024 * 1024))
                .extracting("key")
                .isEqualTo("submission.excel.error.notXlsx");
        assertThatThrownBy(() -> new WorkbookReader(100).read(new ByteArrayInputStream(xls), 1024 * 1024))
                .extracting("key")
                .isEqualTo("submission.excel.error.oldExcel");
        assertThatThrownBy(() -> new WorkbookReader(100).read(new ByteArrayInputStream(brokenZip), 1024 * 1024))
                .extracting("key")
                .isEqualTo("submission.excel.error.notXlsx");
    }

    @Test
    void theListHasOneRowPerReportWithStatusVersionAndFigures() throws IOException {
        byte[] bytes = WorkbookWriter.list(
                UploadFixtures.CATALOGUE, rows(), ZoneId.of("Asia/Shanghai"), texts(Locale.SIMPLIFIED_CHINESE));
        try (XSSFWorkbook wb = open(bytes)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("报告列表");
            assertThat(row(sheet, 0)).startsWith("综合体编号", "综合体名称", "县（市、区）", "报告状态", "版本", "提交时间", "综合体建设投入（万元）");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(1250.5);
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("已提交");
        }
    }
}
