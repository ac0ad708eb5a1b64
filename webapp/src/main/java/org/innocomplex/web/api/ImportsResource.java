package org.innocomplex.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.submission.api.HistoryImportService;
import org.innocomplex.submission.api.ImportResult;

/**
 * The history import of {@code import/index.xhtml} for scripts: the file is the request body (CSV or .xlsx). A
 * refused file answers 422 {@code submission.import.error.refused} with every bad row in {@code errors} (its {@code row} and
 * {@code field}); nothing is saved then.
 */
@Programme
@Path("imports")
@Tag(name = "imports", description = "Importing the registry and past years' reports (administrators)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({
    "text/csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    MediaType.APPLICATION_OCTET_STREAM
})
@RequestScoped
public class ImportsResource {

    @Inject
    HistoryImportService imports;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("complexes")
    @Operation(summary = "Import complexes into the registry, all or nothing")
    public ImportResult complexes(InputStream file) {
        return imports.importComplexes(file, currentUser.require());
    }

    @POST
    @Path("reports")
    @Operation(summary = "Import past years' reports, all or nothing")
    public ImportResult reports(InputStream file) {
        return imports.importPastReports(file, currentUser.require());
    }
}
