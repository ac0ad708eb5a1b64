package org.innocomplex.submission.api;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.innocomplex.access.api.Actor;

/**
 * The bureau's offline collection of a cycle's reports as Excel (.xlsx) workbooks: a template to fill in, the
 * upload of filled templates as the reports' drafts, and the list of reports. Only a municipal official of the
 * cycle's city or an administrator may use it; submitting stays the operator's step.
 *
 * <p>Workbooks carry the catalogue's names in the reader's language ({@code locale}); their fixed headings come
 * from the application's message bundle ({@code texts}, keys {@code submission.excel.*}), so the module holds no
 * user-visible text of its own.
 */
public interface ReportWorkbookService {

    /** the largest workbook accepted for upload */
    long MAX_BYTES = 5L * 1024 * 1024;
    /** the most data rows one upload may hold, over all its sheets */
    int MAX_ROWS = 10_000;

    /** The cycle's reports, by county and complex name. */
    List<CycleReportRow> reports(Long cycleId, Actor actor);

    /**
     * A workbook with one sheet: the complex's id and read-only information, one column per indicator of the cycle's
     * catalogue in catalogue order, the narrative; a hidden second row holds the column codes the upload maps by.
     * One row per report of the cycle, with its current values.
     */
    byte[] template(Long cycleId, Locale locale, ResourceBundle texts, Actor actor);

    /**
     * Reads a filled template and saves every changed row as that report's draft, all in one transaction; checks
     * every cell first with the form's rules, and if any cell is bad saves nothing and returns them all.
     *
     * @throws org.innocomplex.access.api.DomainException when the file is too large, not .xlsx, holds too many rows
     *         or no template sheet, or the cycle is not collecting reports
     */
    UploadResult upload(Long cycleId, InputStream xlsx, Actor actor);

    /** The cycle's reports with every indicator value, as a workbook. */
    byte[] export(Long cycleId, Locale locale, ResourceBundle texts, Actor actor);
}
