package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.Violation;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ComplexInput;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportService;
import org.innocomplex.submission.api.ReportStatus;
import org.innocomplex.submission.api.ReportWorkbookService;
import org.innocomplex.submission.api.UploadResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bureau's offline collection on the server: the template in both languages, an upload that is refused whole
 * for one bad cell and names it, a good upload saved as drafts and audited, and the role check. Each test fills
 * reports of complexes of its own, beside the demo's 2025 cycle.
 */
@ExtendWith(ArquillianExtension.class)
class ExcelIT {

    static final String CITY = "331100";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ReportWorkbookService workbooks;

    @Inject
    ReportService submissions;

    @Inject
    RegistryService registry;

    @Inject
    AuditTrail audit;

    static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle("org.innocomplex.web.messages", locale);
    }

    private CycleData cycle() {
        return fixtures.openCycle(2025, CITY);
    }

    /** a fresh complex of the county with its 2025 report started, a DRAFT */
    private ReportData draftOfNewComplex(String county) {
        long n = System.nanoTime();
        ComplexData c = registry.createComplex(
                Fixtures.admin(),
                new ComplexInput(
                        "表格测试综合体" + n,
                        "Excel IT complex " + n,
                        county,
                        Level.MUNICIPAL,
                        ListStatus.CREATION,
                        "测试",
                        "test",
                        "测试运营单位",
                        2021,
                        null,
                        null,
                        true));
        return fixtures.reportFor(cycle().id(), c.id());
    }

    /** The template filled in as the bureau would in Excel, and where each complex's row ended up. */
    record Filled(byte[] bytes, Map<Long, Integer> rowOf, Map<String, String> columnOf, String sheet) {}

    private static Filled fill(byte[] template, Map<Long, Map<String, Object>> edits) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            Map<String, Integer> col = new HashMap<>();
            Map<String, String> letters = new HashMap<>();
            for (Cell c : sheet.getRow(1)) {
                col.put(c.getStringCellValue(), c.getColumnIndex());
                letters.put(
                        c.getStringCellValue(), c.getAddress().formatAsString().replaceAll("\\d", ""));
            }
            Map<Long, Integer> rowOf = new LinkedHashMap<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                long complexId = (long) row.getCell(col.get("#complex_id")).getNumericCellValue();
                rowOf.put(complexId, r + 1);
                Map<String, Object> values = edits.get(complexId);
                if (values == null) {
                    continue;
                }
                values.forEach((code, v) -> {
                    Cell cell = row.getCell(col.get(code));
                    if (v instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue((String) v);
                    }
                });
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return new Filled(out.toByteArray(), rowOf, letters, sheet.getSheetName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> goodFigures(double scale) {
        Map<String, Object> v = new LinkedHashMap<>();
        Fixtures.completeValues().forEach((code, n) -> v.put(code, n.doubleValue() * scale));
        v.put("cluster_enterprises", 420);
        v.put("#narrative", "本年度综合体建设稳步推进，服务企业成效明显（线下收集）。");
        return v;
    }

    @Test
    void oneBadCellRefusesTheWholeUploadAndIsNamedBySheetRowAndColumn() {
        ReportData good = draftOfNewComplex("331122");
        ReportData bad = draftOfNewComplex("331181");
        Map<String, Object> badFigures = goodFigures(1);
        badFigures.put("service_institutions", "十八家");
        Filled filled = fill(
                workbooks.template(
                        cycle().id(),
                        Locale.SIMPLIFIED_CHINESE,
                        texts(Locale.SIMPLIFIED_CHINESE),
                        Fixtures.municipal()),
                Map.of(good.complexId(), goodFigures(1), bad.complexId(), badFigures));

        UploadResult result =
                workbooks.upload(cycle().id(), new ByteArrayInputStream(filled.bytes()), Fixtures.municipal());

        assertThat(result.updated()).isEqualTo(0);
        assertThat(result.errors().size())
                .as(() -> "errors: " + result.errors())
                .isEqualTo(1);
        Violation e = result.errors().get(0);
        assertThat(e.location().sheet()).isEqualTo("年度报告");
        assertThat(e.location().row()).isEqualTo(filled.rowOf().get(bad.complexId()));
        assertThat(e.location().column()).isEqualTo(filled.columnOf().get("service_institutions"));
        assertThat(e.key()).isEqualTo("submission.excel.error.notANumber");
        assertThat(e.args()).isEqualTo(List.of("十八家"));
        for (ReportData r : List.of(good, bad)) {
            ReportData now = submissions.report(r.id()).orElseThrow();
            assertThat(now.values().isEmpty())
                    .as("nothing was saved, not even the good row")
                    .isTrue();
            assertThat(now.updatedAt().truncatedTo(ChronoUnit.MILLIS))
                    .isEqualTo(r.updatedAt().truncatedTo(ChronoUnit.MILLIS));
            assertThat(audit.of("report", String.valueOf(r.id())).isEmpty())
                    .as("nothing was audited as uploaded")
                    .isTrue();
        }
    }

    @Test
    void aGoodUploadSavesTheDraftsOnTheOperatorsBehalfAndIsAudited() {
        ReportData jinyun = draftOfNewComplex("331122");
        ReportData longquan = draftOfNewComplex("331181");
        byte[] template = workbooks.template(cycle().id(), Locale.ENGLISH, texts(Locale.ENGLISH), Fixtures.municipal());
        Filled filled =
                fill(template, Map.of(jinyun.complexId(), goodFigures(1), longquan.complexId(), goodFigures(2)));

        UploadResult result =
                workbooks.upload(cycle().id(), new ByteArrayInputStream(filled.bytes()), Fixtures.municipal());

        assertThat(result.accepted()).as(() -> "errors: " + result.errors()).isTrue();
        assertThat(result.updated())
                .as("only the two filled rows changed; the demo rows are as they were")
                .isEqualTo(2);
        assertThat(result.rows() >= 18)
                .as("the demo's 16 reports and these two were read: " + result.rows())
                .isTrue();
        ReportData j = submissions.report(jinyun.id()).orElseThrow();
        assertThat(j.status()).as("submitting stays the operator's step").isEqualTo(ReportStatus.DRAFT);
        assertThat(new BigDecimal("1250.5").compareTo(j.values().get("construction_investment")))
                .isEqualTo(0);
        assertThat(new BigDecimal("420").compareTo(j.values().get("cluster_enterprises")))
                .isEqualTo(0);
        assertThat(j.narrative()).isEqualTo("本年度综合体建设稳步推进，服务企业成效明显（线下收集）。");
        ReportData l = submissions.report(longquan.id()).orElseThrow();
        assertThat(new BigDecimal("2501").compareTo(l.values().get("construction_investment")))
                .isEqualTo(0);
        List<AuditTrail.Entry> trail = audit.of("report", String.valueOf(jinyun.id()));
        assertThat(trail.size()).isEqualTo(1);
        assertThat(trail.get(0).action()).isEqualTo("REPORT_DRAFT_UPLOADED");
        assertThat(trail.get(0).actor()).isEqualTo("it-municipal");
        assertThat(audit.of("cycle", String.valueOf(cycle().id())).stream()
                        .anyMatch(a -> a.action().equals("REPORTS_UPLOADED")
                                && a.actor().equals("it-municipal")))
                .isTrue();

        // a second copy of the same template, filled differently, would overwrite what the first one saved: in
        // Jinyun's row with other figures, in Longquan's with the empty cells it was downloaded with
        Filled stale = fill(template, Map.of(jinyun.complexId(), goodFigures(3)));
        UploadResult refused =
                workbooks.upload(cycle().id(), new ByteArrayInputStream(stale.bytes()), Fixtures.municipal());
        assertThat(refused.errors().stream().map(Violation::key).toList())
                .isEqualTo(List.of("submission.excel.error.changedSince", "submission.excel.error.changedSince"));
        assertThat(java.util.Set.copyOf(
                        refused.errors().stream().map(v -> v.location().row()).toList()))
                .isEqualTo(java.util.Set.of(
                        stale.rowOf().get(jinyun.complexId()), stale.rowOf().get(longquan.complexId())));
        assertThat(new BigDecimal("1250.5")
                        .compareTo(submissions
                                .report(jinyun.id())
                                .orElseThrow()
                                .values()
                                .get("construction_investment")))
                .isEqualTo(0);
    }

    @Test
    void onlyTheCitysMunicipalOfficialsAndAdministratorsMayUseIt() {
        Long cycleId = cycle().id();
        Actor county = Fixtures.county("331122");
        Actor operator = new Actor("it-op-excel", "IT operator", Role.OPERATOR, "331122", 1L);
        Actor otherCity = new Actor("it-municipal-hz", "IT Hangzhou", Role.MUNICIPAL_OFFICIAL, "330100", null);
        byte[] template = workbooks.template(
                cycleId, Locale.SIMPLIFIED_CHINESE, texts(Locale.SIMPLIFIED_CHINESE), Fixtures.municipal());

        for (Actor a : List.of(county, operator)) {
            NotAuthorizedException e = assertThatExceptionOfType(NotAuthorizedException.class)
                    .isThrownBy(() -> workbooks.upload(cycleId, new ByteArrayInputStream(template), a))
                    .actual();
            assertThat(e.key()).isEqualTo("submission.excel.error.notAllowed");
            assertThatExceptionOfType(NotAuthorizedException.class)
                    .isThrownBy(() -> workbooks.template(
                            cycleId, Locale.SIMPLIFIED_CHINESE, texts(Locale.SIMPLIFIED_CHINESE), a));
            assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> workbooks.reports(cycleId, a));
        }
        NotAuthorizedException e = assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> workbooks.export(cycleId, Locale.ENGLISH, texts(Locale.ENGLISH), otherCity))
                .actual();
        assertThat(e.key()).isEqualTo("submission.error.notYourCity");

        Actor admin = new Actor("it-admin", "IT admin", Role.ADMIN, null, null);
        assertThat(workbooks.reports(cycleId, admin).size() >= 16).isTrue();
    }

    @Test
    void theTemplateSpeaksTheReadersLanguage() throws IOException {
        Long cycleId = cycle().id();
        try (XSSFWorkbook zh = new XSSFWorkbook(new ByteArrayInputStream(workbooks.template(
                        cycleId, Locale.SIMPLIFIED_CHINESE, texts(Locale.SIMPLIFIED_CHINESE), Fixtures.municipal())));
                XSSFWorkbook en = new XSSFWorkbook(new ByteArrayInputStream(
                        workbooks.template(cycleId, Locale.ENGLISH, texts(Locale.ENGLISH), Fixtures.municipal())))) {
            Row zhHead = zh.getSheetAt(0).getRow(0);
            Row enHead = en.getSheetAt(0).getRow(0);
            assertThat(zh.getSheetName(0)).isEqualTo("年度报告");
            assertThat(en.getSheetName(0)).isEqualTo("reports");
            assertThat(zhHead.getCell(0).getStringCellValue()).isEqualTo("综合体编号");
            assertThat(enHead.getCell(0).getStringCellValue()).isEqualTo("Complex ID");
            assertThat(zhHead.getCell(4).getStringCellValue()).isEqualTo("综合体建设投入（万元）");
            assertThat(enHead.getCell(4).getStringCellValue())
                    .isEqualTo("Investment in the complex's construction (10k yuan)");
            assertThat(zh.getSheetAt(0).getRow(1).getCell(4).getStringCellValue())
                    .isEqualTo("construction_investment");
            assertThat(zh.getSheetAt(0).getRow(1).getZeroHeight())
                    .as("the codes row is hidden")
                    .isTrue();
            assertThat(zh.getSheetAt(0).getLastRowNum() + 1 - 2 >= 16)
                    .as("a row per report of the demo's cycle")
                    .isTrue();
        }
    }
}
