package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ComplexFilter;
import org.innocomplex.registry.api.ComplexInput;
import org.innocomplex.registry.api.ComplexSort;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.HistoryImportService;
import org.innocomplex.submission.api.ImportRefusedException;
import org.innocomplex.submission.api.ImportResult;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportService;
import org.innocomplex.submission.api.ReportStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing the registry and past years' reports: a good file is saved whole; a file with a bad row saves nothing,
 * and the refusal names every bad row by its line number and the reason's bundle key. Each test imports names of
 * its own, so tests sharing the database do not meet.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    HistoryImportService imports;

    @Inject
    RegistryService registry;

    @Inject
    ReportService submissions;

    @Inject
    AuditTrail audit;

    @Test
    void aGoodRegistryFileIsSavedWhole() {
        String tag = "导入" + System.nanoTime();
        String csv = "nameZh,nameEn,countyCode,level,listStatus,industryZh,operatingUnit,established\n"
                + tag + "甲综合体,Import A," + "331122,省级,认定,锯床,甲运营单位,2019\n"
                + "\"" + tag + "乙综合体\",Import B,331181,MUNICIPAL,CREATION,\"竹木, 家具\",乙运营单位,2021\n";
        ImportResult r = imports.importComplexes(csv(csv), Fixtures.admin());
        assertThat(r.accepted()).isTrue();
        assertThat(r.rows()).isEqualTo(2);
        assertThat(r.saved()).isEqualTo(2);
        List<ComplexData> saved = named(tag);
        assertThat(saved.stream().map(ComplexData::nameZh).collect(Collectors.toSet()))
                .isEqualTo(Set.of(tag + "甲综合体", tag + "乙综合体"));
        ComplexData a = saved.stream()
                .filter(c -> c.nameEn().equals("Import A"))
                .findFirst()
                .orElseThrow();
        assertThat(a.level()).isEqualTo(Level.PROVINCIAL);
        assertThat(a.listStatus()).isEqualTo(ListStatus.RECOGNISED);
        assertThat(a.established()).isEqualTo(2019);
        assertThat(a.cityCode()).isEqualTo("331100");
        ComplexData b = saved.stream()
                .filter(c -> c.nameEn().equals("Import B"))
                .findFirst()
                .orElseThrow();
        assertThat(b.industryZh()).isEqualTo("竹木, 家具");
    }

    @Test
    void aBadRowSavesNothingAndEveryBadRowIsNamed() {
        String tag = "坏行" + System.nanoTime();
        String csv = "nameZh,nameEn,countyCode,level,listStatus,established\n"
                + tag + "一,One,331122,省级,培育,2019\n" // line 2: good
                + tag + "二,Two,999999,市级,培育,2020\n" // line 3: no such county (the form's check)
                + tag + "三,Three,331122,国家级,培育,2020\n" // line 4: not a level
                + tag + "四,Four,331122,市级,培育,二〇二〇\n" // line 5: not a year
                + ",Five,331122,市级,培育,2020\n"; // line 6: no name (the form's check)
        ImportResult r = assertThatExceptionOfType(ImportRefusedException.class)
                .isThrownBy(() -> imports.importComplexes(csv(csv), Fixtures.admin()))
                .actual()
                .result();
        assertThat(r.accepted()).isFalse();
        assertThat(r.saved()).isEqualTo(0);
        assertThat(r.rows()).isEqualTo(5);
        assertThat(rows(r)).isEqualTo(Set.of(3, 4, 5, 6));
        assertThat(error(r, 3).field()).isEqualTo("countyCode");
        assertThat(error(r, 3).key()).isEqualTo("registry.error.unknownCounty");
        assertThat(error(r, 4).field()).isEqualTo("level");
        assertThat(error(r, 4).key()).isEqualTo("submission.import.error.notAChoice");
        assertThat(error(r, 5).key()).isEqualTo("submission.import.error.notAWholeNumber");
        assertThat(error(r, 6).field()).isEqualTo("nameZh");
        assertThat(named(tag).isEmpty()).as("not even the good line 2 is saved").isTrue();
    }

    @Test
    void anUnknownHeadingIsRefusedBeforeAnyRow() {
        String csv = "nameZh,countyCode,level,县\n" + "名称" + System.nanoTime() + ",331122,省级,x\n";
        ImportResult r = assertThatExceptionOfType(ImportRefusedException.class)
                .isThrownBy(() -> imports.importComplexes(csv(csv), Fixtures.admin()))
                .actual()
                .result();
        assertThat(r.errors().size()).isEqualTo(1);
        assertThat(r.errors().get(0).location().row()).isEqualTo(1);
        assertThat(r.errors().get(0).key()).isEqualTo("submission.import.error.unknownColumn");
    }

    @Test
    void pastReportsFromExcelBecomeAcceptedReportsOfTheirYear() throws Exception {
        ComplexData c = fresh();
        byte[] xlsx = workbook(new Object[][] {
            {"year", "complex", "construction_investment", "academicians", "narrative"},
            {2024, c.nameZh(), 980.5, 1, "二〇二四年度报告（导入）"},
            {2023, String.valueOf(c.id()), 760, 0, null}
        });
        ImportResult r = imports.importPastReports(new ByteArrayInputStream(xlsx), Fixtures.admin());
        assertThat(r.saved()).isEqualTo(2);
        List<ReportData> reports = submissions.reportsOfComplex(c.id());
        assertThat(reports.stream().map(ReportData::year).toList()).isEqualTo(List.of(2024, 2023));
        ReportData y2024 = reports.get(0);
        assertThat(y2024.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(y2024.values().get("construction_investment").compareTo(new BigDecimal("980.5")))
                .isEqualTo(0);
        assertThat(y2024.narrative()).isEqualTo("二〇二四年度报告（导入）");
    }

    @Test
    void aBadReportRowSavesNoReportOfTheFile() {
        ComplexData c = fresh();
        String csv = "year,complex,construction_investment,academicians\n"
                + "2024," + c.id() + ",980.5,1\n" // line 2: good
                + "2023," + c.id() + ",-5,1\n" // line 3: below the indicator's minimum (the form's check)
                + "2022," + c.id() + ",abc,1\n" // line 4: not a number
                + "2025," + c.id() + ",1,1\n" // line 5: 2025's cycle is open: appraised, not imported
                + "2021,没有这个综合体,1,1\n"; // line 6: unknown complex
        ImportResult r = assertThatExceptionOfType(ImportRefusedException.class)
                .isThrownBy(() -> imports.importPastReports(csv(csv), Fixtures.admin()))
                .actual()
                .result();
        assertThat(rows(r)).isEqualTo(Set.of(3, 4, 5, 6));
        assertThat(error(r, 3).field()).isEqualTo("construction_investment");
        assertThat(error(r, 3).key()).isEqualTo("submission.error.min");
        assertThat(error(r, 4).key()).isEqualTo("submission.import.error.notANumber");
        assertThat(error(r, 5).key()).isEqualTo("submission.import.error.cycleRunning");
        assertThat(error(r, 6).key()).isEqualTo("submission.import.error.unknownComplex");
        assertThat(submissions.reportsOfComplex(c.id()).isEmpty())
                .as("the good line 2 is not saved either")
                .isTrue();
    }

    @Test
    void onlyAnAdministratorImports() {
        assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() ->
                        imports.importComplexes(csv("nameZh,countyCode,level\nx,331122,省级\n"), Fixtures.municipal()));
    }

    @Test
    void aPastReportImportIsAuditedOnceForEachYearWithWhoAndHowMany() {
        ComplexData a = fresh();
        ComplexData b = fresh();
        String csv = "year,complex,construction_investment\n" + "2022," + a.id() + ",100\n" + "2022," + b.id()
                + ",200\n" + "2021," + a.id() + ",90\n";

        imports.importPastReports(csv(csv), Fixtures.admin());

        ReportData y2022 = submissions.reportsOfComplex(a.id()).stream()
                .filter(r -> r.year() == 2022)
                .findFirst()
                .orElseThrow();
        ReportData y2021 = submissions.reportsOfComplex(a.id()).stream()
                .filter(r -> r.year() == 2021)
                .findFirst()
                .orElseThrow();
        assertThat(importLines(y2022.cycleId(), "year 2022: 2 report(s)"))
                .as("one line for 2022's two reports")
                .isEqualTo(1);
        assertThat(importLines(y2021.cycleId(), "year 2021: 1 report(s)")).isEqualTo(1);
    }

    @Test
    void aRefusedPastReportImportLeavesNoAuditLine() {
        ComplexData first = fresh();
        ComplexData second = fresh();
        imports.importPastReports(
                csv("year,complex,construction_investment\n2017," + first.id() + ",100\n"), Fixtures.admin());
        Long cycle2017 = submissions.reportsOfComplex(first.id()).get(0).cycleId();
        long lines = importLines(cycle2017, null);
        // line 3's narrative carries a NUL: the whole file is refused, line 2's good 2017 report and its audit line too
        String csv = "year,complex,construction_investment,narrative\n" + "2017," + second.id() + ",100,ok\n" + "2016,"
                + second.id() + ",100,\"bad\u0000text\"\n";

        ImportResult r = assertThatExceptionOfType(ImportRefusedException.class)
                .isThrownBy(() -> imports.importPastReports(csv(csv), Fixtures.admin()))
                .actual()
                .result();

        assertThat(error(r, 3).key()).isEqualTo("access.text.error.invisibleCharacter");
        assertThat(error(r, 3).field()).isEqualTo("narrative");
        assertThat(submissions.reportsOfComplex(second.id()).isEmpty()).isTrue();
        assertThat(importLines(cycle2017, null))
                .as("the refused file's 2017 report is not audited")
                .isEqualTo(lines);
    }

    @Test
    void complexNamesWithControlOrBidiCharactersAreRefusedByTheImportAsByTheForm() {
        String tag = "控制字符" + System.nanoTime();
        String csv = "nameZh,nameEn,countyCode,level,listStatus\n"
                + tag + "甲\u202E体合综,Import A,331122,省级,认定\n"
                + tag + "乙,Import\u0007 B,331122,省级,认定\n";

        ImportResult r = assertThatExceptionOfType(ImportRefusedException.class)
                .isThrownBy(() -> imports.importComplexes(csv(csv), Fixtures.admin()))
                .actual()
                .result();

        assertThat(error(r, 2).field()).isEqualTo("nameZh");
        assertThat(error(r, 2).key()).isEqualTo("access.text.error.invisibleCharacter");
        assertThat(error(r, 2).args()).isEqualTo(List.of("U+202E"));
        assertThat(error(r, 3).field()).isEqualTo("nameEn");
        assertThat(r.errors().size())
                .as("nothing else is wrong with the rows: " + r.errors())
                .isEqualTo(2);
        assertThat(named(tag).isEmpty()).isTrue();
    }

    private long importLines(Long cycleId, String detail) {
        return audit.of("cycle", String.valueOf(cycleId)).stream()
                .filter(e -> e.action().equals("PAST_REPORTS_IMPORTED")
                        && e.actor().equals("it-admin")
                        && (detail == null || detail.equals(e.detail()))
                        && e.at().isAfter(java.time.Instant.now().minusSeconds(300)))
                .count();
    }

    static Set<Integer> rows(ImportResult r) {
        return r.errors().stream().map(e -> e.location().row()).collect(Collectors.toSet());
    }

    // ---- helpers

    static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static Violation error(ImportResult r, int row) {
        return r.errors().stream()
                .filter(e -> e.location().row() == row)
                .findFirst()
                .orElseThrow();
    }

    List<ComplexData> named(String part) {
        return registry.findComplexes(
                new ComplexFilter(part, null, null, null, null), ComplexSort.NAME_ZH, true, 0, 50);
    }

    ComplexData fresh() {
        return registry.createComplex(
                Fixtures.admin(),
                new ComplexInput(
                        "历史导入综合体" + System.nanoTime(),
                        "History import complex",
                        "331122",
                        Level.MUNICIPAL,
                        ListStatus.CREATION,
                        "测试",
                        "test",
                        "测试运营单位",
                        2018,
                        null,
                        null,
                        true));
    }

    static byte[] workbook(Object[][] rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("历史报告");
            for (int i = 0; i < rows.length; i++) {
                var row = s.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    Object v = rows[i][j];
                    if (v instanceof Number n) {
                        row.createCell(j).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(j).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return out.toByteArray();
    }
}
