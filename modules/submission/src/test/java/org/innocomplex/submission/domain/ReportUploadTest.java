package org.innocomplex.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.innocomplex.access.api.Violation;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.domain.UploadedSheet.Cell;
import org.junit.jupiter.api.Test;

/**
 * The upload's checks on sheets as read, without a workbook file: which cell is named for which fault, and what is
 * saved when nothing is wrong.
 */
class ReportUploadTest {
    // where a refusal points: the parts of its cell
    static final Function<Violation, String> SHEET = v -> v.location().sheet();
    static final Function<Violation, Integer> ROW = v -> v.location().row();
    static final Function<Violation, String> COLUMN = v -> v.location().column();
    static final Function<Violation, String> REFERENCE = v -> v.location().reference();

    /** the template's layout: A id, B name, C construction_investment, D cluster_enterprises, E share, F highlights,
     *  G narrative, H stamp */
    static final Map<Integer, String> CODES = Map.of(
            0,
            WorkbookColumns.COMPLEX_ID,
            1,
            WorkbookColumns.COMPLEX_NAME,
            2,
            "construction_investment",
            3,
            "cluster_enterprises",
            4,
            "high_level_talent_share",
            5,
            "highlights",
            6,
            WorkbookColumns.NARRATIVE,
            7,
            WorkbookColumns.STAMP);

    static final Map<Integer, String> TITLES = Map.of(0, "综合体编号", 2, "综合体建设投入（万元）", 3, "集群企业数（家）");

    private final ReportUpload upload = new ReportUpload(UploadFixtures.CATALOGUE);
    private final Map<Long, ReportData> reports = UploadFixtures.reports();

    static UploadedSheet sheet(Map<Integer, String> codes, Map<Integer, Integer> stray, UploadedSheet.Row... rows) {
        return new UploadedSheet("年度报告", 1, 2, codes, TITLES, List.of(rows), stray);
    }

    static UploadedSheet sheet(UploadedSheet.Row... rows) {
        return sheet(CODES, Map.of(), rows);
    }

    /** a row from column → cell pairs */
    static UploadedSheet.Row row(int number, Object... colAndCell) {
        Map<Integer, Cell> cells = new HashMap<>();
        for (int i = 0; i < colAndCell.length; i += 2) {
            cells.put((Integer) colAndCell[i], (Cell) colAndCell[i + 1]);
        }
        return new UploadedSheet.Row(number, cells);
    }

    static Cell n(String s) {
        return Cell.number(s);
    }

    static Cell t(String s) {
        return Cell.text(s);
    }

    private static List<Violation> errors(ReportUpload.Plan plan) {
        return plan.errors();
    }

    @Test
    void aGoodRowBecomesTheDraftWithTheOperatorsExplanationsKept() {
        ReportUpload.Plan plan = upload.check(
                List.of(sheet(row(
                        3,
                        0,
                        n("101"),
                        1,
                        t("缙云"),
                        2,
                        n("1300.25"),
                        3,
                        n("540"),
                        4,
                        n("12.5"),
                        5,
                        t(" 新建中试基地 "),
                        6,
                        t("本年度建设推进顺利。"),
                        7,
                        t("2026-03-01T08:00:00.123Z")))),
                reports);

        assertThat(plan.errors()).isEmpty();
        assertThat(plan.rows()).isEqualTo(1);
        assertThat(plan.changes()).singleElement().satisfies(c -> {
            assertThat(c.report().id()).isEqualTo(1L);
            assertThat(c.input().values())
                    .containsEntry("construction_investment", new BigDecimal("1300.25"))
                    .containsEntry("cluster_enterprises", new BigDecimal("540"))
                    .containsEntry("high_level_talent_share", new BigDecimal("12.5"));
            assertThat(c.input().texts()).containsEntry("highlights", "新建中试基地");
            assertThat(c.input().narrative()).isEqualTo("本年度建设推进顺利。");
            assertThat(c.input().explanations()).containsEntry("cluster_enterprises", "新增园区");
        });
    }

    @Test
    void aBlankCellClearsTheFigureAsAnEmptyFieldDoes() {
        ReportUpload.Plan plan = upload.check(List.of(sheet(row(3, 0, n("101"), 3, n("420"), 6, t("去年的自评")))), reports);

        assertThat(plan.errors()).isEmpty();
        assertThat(plan.changes())
                .singleElement()
                .satisfies(c -> assertThat(c.input().values()).containsOnlyKeys("cluster_enterprises"));
    }

    @Test
    void aRowEqualToTheReportIsNotSavedAgainEvenWhenTheReportIsNoLongerEditable() {
        ReportUpload.Plan plan = upload.check(
                List.of(sheet(
                        row(3, 0, n("101"), 2, n("1250.5"), 3, n("420"), 6, t("去年的自评")),
                        row(4, 0, n("103"), 3, n("80"), 6, t("已提交的自评")))),
                reports);

        assertThat(plan.errors()).isEmpty();
        assertThat(plan.rows()).isEqualTo(2);
        assertThat(plan.changes()).isEmpty();
    }

    @Test
    void textThatIsNoNumberIsNamedByItsCell() {
        ReportUpload.Plan plan = upload.check(List.of(sheet(row(5, 0, n("101"), 2, t("约一千万"), 3, n("420")))), reports);

        assertThat(errors(plan))
                .extracting(SHEET, ROW, COLUMN, Violation::key, Violation::args)
                .containsExactly(tuple("年度报告", 5, "C", "submission.excel.error.notANumber", List.of("约一千万")));
        assertThat(plan.changes()).isEmpty();
    }

    @Test
    void numbersTypedAsTextAreReadAsPeopleWriteThem() {
        assertThat(ReportUpload.lenientNumber(" 1,250.5 ")).isEqualByComparingTo("1250.5");
        assertThat(ReportUpload.lenientNumber("１２３．５")).isEqualByComparingTo("123.5");
        assertThat(ReportUpload.lenientNumber("-7")).isEqualByComparingTo("-7");
        assertThat(ReportUpload.lenientNumber("1,25")).isNull();
        assertThat(ReportUpload.lenientNumber("12万")).isNull();
        assertThat(ReportUpload.lenientNumber("1e5")).isNull();
    }

    @Test
    void excelsBinaryNoiseIsRoundedToTheDigitsExcelShows() {
        ReportUpload.Plan plan = upload.check(
                List.of(sheet(row(3, 0, n("102"), 3, n("540.00000000000011"), 4, n("0.30000000000000004")))), reports);

        assertThat(plan.errors()).isEmpty();
        assertThat(plan.changes().get(0).input().values())
                .containsEntry("cluster_enterprises", new BigDecimal("540"))
                .containsEntry("high_level_talent_share", new BigDecimal("0.3"));
    }

    @Test
    void theFormsRulesNameEachCellOutOfBoundsOrNotWhole() {
        ReportUpload.Plan plan = upload.check(
                List.of(sheet(row(3, 0, n("101"), 2, n("-1"), 3, n("12.5")), row(4, 0, n("102"), 4, n("101")))),
                reports);

        assertThat(errors(plan))
                .extracting(ROW, COLUMN, Violation::key, Violation::args)
                .containsExactly(
                        tuple(3, "C", "submission.error.min", List.of("0")),
                        tuple(3, "D", "submission.error.integer", List.of()),
                        tuple(4, "E", "submission.error.max", List.of("100")));
        assertThat(plan.changes()).as("no row is saved while any is wrong").isEmpty();
    }

    @Test
    void anUnknownOrMissingComplexIsNamedAtItsIdCell() {
        ReportUpload.Plan plan = upload.check(
                List.of(sheet(
                        row(3, 0, n("999"), 3, n("10")),
                        row(4, 0, t("缙云"), 3, n("10")),
                        row(5, 1, t("没有编号的综合体"), 3, n("10")))),
                reports);

        assertThat(errors(plan))
                .extracting(ROW, COLUMN, Violation::key, Violation::args)
                .containsExactly(
                        tuple(3, "A", "submission.excel.error.unknownComplex", List.of("999")),
                        tuple(4, "A", "submission.excel.error.unknownComplex", List.of("缙云")),
                        tuple(5, "A", "submission.excel.error.complexMissing", List.of()));
    }

    @Test
    void theCellsOfARowWithAnUnknownComplexAreCheckedAllTheSame() {
        ReportUpload.Plan plan = upload.check(List.of(sheet(row(3, 0, n("999"), 3, t("many")))), reports);

        assertThat(errors(plan))
                .extracting(COLUMN, Violation::key)
                .containsExactly(
                        tuple("A", "submission.excel.error.unknownComplex"),
                        tuple("D", "submission.excel.error.notANumber"));
    }

    @Test
    void aComplexTwiceIsRefusedAtItsSecondRowNamingTheFirst() {
        ReportUpload.Plan plan =
                upload.check(List.of(sheet(row(3, 0, n("102"), 3, n("10")), row(9, 0, n("102"), 3, n("11")))), reports);

        assertThat(errors(plan))
                .extracting(ROW, Violation::key, Violation::args)
                .containsExactly(tuple(9, "submission.excel.error.duplicateComplex", List.of("102", "年度报告!A3")));
    }

    @Test
    void unknownColumnsAreNamedAtTheHeader() {
        Map<Integer, String> codes = new HashMap<>(CODES);
        codes.put(8, "patents_granted");
        ReportUpload.Plan plan =
                upload.check(List.of(sheet(codes, Map.of(9, 4), row(3, 0, n("102"), 8, n("3"), 9, t("备注")))), reports);

        assertThat(errors(plan))
                .extracting(ROW, COLUMN, Violation::key, Violation::args)
                .containsExactly(
                        tuple(1, "I", "submission.excel.error.unknownColumn", List.of("patents_granted")),
                        tuple(1, "J", "submission.excel.error.unknownColumn", List.of("J")));
    }

    @Test
    void aColumnTwiceIsRefused() {
        Map<Integer, String> codes = new HashMap<>(CODES);
        codes.put(8, "cluster_enterprises");
        ReportUpload.Plan plan = upload.check(List.of(sheet(codes, Map.of(), row(3, 0, n("102")))), reports);

        assertThat(errors(plan))
                .extracting(COLUMN, Violation::key)
                .containsExactly(tuple("I", "submission.excel.error.duplicateColumn"));
    }

    @Test
    void columnsAreFoundByCodeWhereverTheyStand() {
        Map<Integer, String> moved =
                Map.of(0, "cluster_enterprises", 4, WorkbookColumns.COMPLEX_ID, 7, "construction_investment");
        ReportUpload.Plan plan =
                upload.check(List.of(sheet(moved, Map.of(), row(3, 0, n("33"), 4, n("102"), 7, n("9.5")))), reports);

        assertThat(plan.errors()).isEmpty();
        assertThat(plan.changes().get(0).input().values())
                .containsEntry("cluster_enterprises", new BigDecimal("33"))
                .containsEntry("construction_investment", new BigDecimal("9.5"));
        assertThat(plan.changes().get(0).input().narrative())
                .as("no narrative column: the narrative stays")
                .isNull();
    }

    @Test
    void aChangeToASubmittedReportIsRefused() {
        ReportUpload.Plan plan = upload.check(List.of(sheet(row(4, 0, n("103"), 3, n("81")))), reports);

        assertThat(errors(plan))
                .extracting(ROW, COLUMN, Violation::key)
                .containsExactly(tuple(4, "A", "submission.excel.error.notEditable"));
    }

    @Test
    void aRowMadeBeforeTheReportsLastChangeMayNotOverwriteIt() {
        String before = Instant.parse("2026-02-01T00:00:00Z").toString();
        ReportUpload.Plan plan = upload.check(List.of(sheet(row(3, 0, n("102"), 3, n("5"), 7, t(before)))), reports);

        assertThat(errors(plan))
                .extracting(COLUMN, Violation::key)
                .containsExactly(tuple("A", "submission.excel.error.changedSince"));
    }

    @Test
    void theTemplatesStampIsTheLastChangeToTheMillisecond() {
        assertThat(ReportUpload.stamp(UploadFixtures.UPDATED)).isEqualTo("2026-03-01T08:00:00.123Z");
        ReportUpload.Plan plan = upload.check(
                List.of(sheet(row(3, 0, n("102"), 3, n("5"), 7, t(ReportUpload.stamp(UploadFixtures.UPDATED))))),
                reports);

        assertThat(plan.errors()).isEmpty();
    }

    @Test
    void errorsOfEverySheetAndRowAreCollectedInOrder() {
        UploadedSheet second =
                new UploadedSheet("莲都", 1, 2, CODES, TITLES, List.of(row(7, 0, n("101"), 2, t("x"))), Map.of());
        ReportUpload.Plan plan =
                upload.check(List.of(sheet(row(3, 0, n("102"), 3, n("-5"), 2, t("y"))), second), reports);

        assertThat(errors(plan)).extracting(REFERENCE).containsExactly("年度报告!C3", "年度报告!D3", "莲都!C7");
    }
}
