package org.innocomplex.submission.api;

import java.io.InputStream;
import org.innocomplex.access.api.Actor;

/**
 * Brings a city's history into the system from the spreadsheets it kept: the registry of complexes, and the reports of
 * past years. A file is Excel (.xlsx, first sheet) or CSV (UTF-8, comma-separated, first line the headings); its
 * headings are the field and indicator codes (see the import page's help). Every row goes through the same
 * validation as the screens' forms (the registry's complex form, the report form's value checks), and the file is
 * all or nothing: one bad row and nothing is saved, with every bad row named by its line number. Administrators only.
 */
public interface HistoryImportService {

    /** the largest file accepted */
    long MAX_BYTES = 5L * 1024 * 1024;
    /** the most data rows one file may hold */
    int MAX_ROWS = 10_000;

    /** the headings of a registry file (in any order, any case) */
    java.util.List<String> COMPLEX_COLUMNS = java.util.List.of(
            "nameZh",
            "nameEn",
            "countyCode",
            "level",
            "listStatus",
            "industryZh",
            "industryEn",
            "operatingUnit",
            "established",
            "contactPerson",
            "contactPhone");
    /** the fixed headings of a past reports file; every other heading is an indicator code */
    java.util.List<String> REPORT_COLUMNS = java.util.List.of("year", "complex", "narrative");

    /**
     * Columns {@code nameZh, nameEn, countyCode, level, listStatus, industryZh, industryEn, operatingUnit,
     * established, contactPerson, contactPhone}; level and list status by code ({@code PROVINCIAL}) or Chinese name
     * ({@code 省级}).
     *
     * @throws org.innocomplex.access.api.NotAuthorizedException unless the actor is an administrator
     * @throws org.innocomplex.access.api.DomainException         when the file is too large, of another format, or
     *                                                            holds too many rows
     */
    ImportResult importComplexes(InputStream file, Actor actor);
    // both imports: @throws ImportRefusedException naming every bad row when any row is bad; nothing is saved then

    /**
     * Columns {@code year, complex} (the complex's id or its exact Chinese name), one column per indicator code of
     * the year's catalogue, and {@code narrative}. Each row becomes that year's accepted report
     * ({@link ReportService#recordPastReport}); the year must be before the current one.
     */
    ImportResult importPastReports(InputStream file, Actor actor);
}
