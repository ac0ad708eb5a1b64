package org.innocomplex.web.imports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.submission.api.HistoryImportService;
import org.innocomplex.submission.api.ImportRefusedException;
import org.innocomplex.submission.api.ImportResult;
import org.innocomplex.web.support.Faces;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code import/index.xhtml}: an administrator brings the city's history in from its spreadsheets, the registry of
 * complexes first, then past years' reports. A file is saved whole or not at all; a refused file lists every bad row.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    HistoryImportService imports;

    @Inject
    CurrentUser currentUser;

    @Inject
    Faces faces;

    private ImportResult result;
    private String kind;

    public void uploadComplexes(FileUploadEvent event) {
        run("complexes", event);
    }

    public void uploadReports(FileUploadEvent event) {
        run("reports", event);
    }

    private void run(String what, FileUploadEvent event) {
        result = null;
        kind = what;
        try (InputStream in = event.getFile().getInputStream()) {
            result = "complexes".equals(what)
                    ? imports.importComplexes(in, currentUser.require())
                    : imports.importPastReports(in, currentUser.require());
        } catch (ImportRefusedException e) {
            result = e.result();
        } catch (DomainException e) {
            faces.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String resultText() {
        if (result == null) {
            return "";
        }
        if (result.accepted()) {
            return "complexes".equals(kind)
                    ? faces.text("submission.import.complexes.saved", result.saved())
                    : faces.text("submission.import.reports.saved", result.saved());
        }
        return faces.text(
                "submission.import.refused", result.rows(), result.errors().size());
    }

    /** the headings a registry file may have: field codes, the same in every language */
    public String getComplexColumns() {
        return String.join(", ", HistoryImportService.COMPLEX_COLUMNS);
    }

    public String getReportColumns() {
        return String.join(", ", HistoryImportService.REPORT_COLUMNS) + ", …";
    }

    public ImportResult getResult() {
        return result;
    }

    public String getKind() {
        return kind;
    }
}
