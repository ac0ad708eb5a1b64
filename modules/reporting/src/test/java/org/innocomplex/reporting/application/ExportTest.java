package org.innocomplex.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.Role;
import org.innocomplex.reporting.KnownCity;
import org.innocomplex.reporting.api.DashboardFilter;
import org.innocomplex.reporting.api.Drill;
import org.innocomplex.reporting.api.Labels;
import org.innocomplex.reporting.infrastructure.DashboardQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExportTest {

    static DefaultExportService service;
    static final Actor MUNICIPAL = new Actor("municipal", "市科技局", Role.MUNICIPAL_OFFICIAL, "331100", null);
    static final DashboardFilter YEAR = new DashboardFilter(2021, null, null, true);
    /** the key itself as the heading: what matters here is where the figures land */
    static final Labels KEYS = key -> key;

    @BeforeAll
    static void data() throws Exception {
        service = new DefaultExportService(
                new DashboardQueries(KnownCity.create("export"), () -> KnownCity.STEPS),
                java.time.ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void dashboardWorkbookHasOneSheetPerTableWithTheFigures() throws Exception {
        try (Workbook wb = open(service.dashboardWorkbook(MUNICIPAL, YEAR, Locale.ENGLISH, KEYS))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(6);
            Sheet totals = sheet(wb, "reporting.export.sheet.totals");
            assertThat(totals.getRow(0).getCell(3).getStringCellValue()).isEqualTo("reporting.export.col.total");
            assertThat(totals.getRow(1).getCell(0).getStringCellValue()).isEqualTo("construction_investment");
            assertThat(totals.getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Investment in the complex's construction");
            assertThat(totals.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(75500d);
            Sheet grades = sheet(wb, "reporting.export.sheet.grades");
            assertThat(grades.getRow(1).getCell(0).getStringCellValue()).isEqualTo("reporting.export.grade.EXCELLENT");
            assertThat(grades.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3d);
            Sheet counties = sheet(wb, "reporting.export.sheet.counties");
            assertThat(counties.getLastRowNum()).isEqualTo(10);
            assertThat(counties.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Jinyun County");
            assertThat(counties.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(2d);
            assertThat(sheet(wb, "reporting.export.sheet.years")
                            .getRow(2)
                            .getCell(0)
                            .getStringCellValue())
                    .isEqualTo("2021");
        }
    }

    @Test
    void resultsListHasEveryComplexWithItsGrade() throws Exception {
        try (Workbook wb = open(service.complexesWorkbook(
                MUNICIPAL, YEAR, new Drill(Drill.Kind.ALL, null), Locale.SIMPLIFIED_CHINESE, KEYS))) {
            Sheet s = sheet(wb, "reporting.export.sheet.results");
            assertThat(s.getLastRowNum()).isEqualTo(16);
            // ordered by county: 莲都区 first (complexes 0 and 10)
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo("莲都区");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("综合体0");
            assertThat(s.getRow(1).getCell(6).getStringCellValue()).isEqualTo("reporting.export.grade.EXCELLENT");
            assertThat(s.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(95d);
        }
        try (Workbook wb = open(service.complexesWorkbook(
                MUNICIPAL, YEAR, new Drill(Drill.Kind.INDICATOR, "academicians"), Locale.ENGLISH, KEYS))) {
            Sheet s = sheet(wb, "reporting.export.sheet.complexes");
            double sum = 0;
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                sum += s.getRow(r).getCell(7).getNumericCellValue();
            }
            assertThat(sum).isEqualTo(66d);
        }
    }

    /** A sheet by the label it was given: Excel cuts a sheet's name to 31 characters, as the export does. */
    private static Sheet sheet(Workbook wb, String label) {
        return wb.getSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(label));
    }

    private static Workbook open(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
