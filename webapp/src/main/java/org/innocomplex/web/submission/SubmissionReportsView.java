package org.innocomplex.web.submission;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.registry.api.ActorScope;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleReportRow;
import org.innocomplex.submission.api.CycleService;
import org.innocomplex.submission.api.CycleStatus;
import org.innocomplex.submission.api.ReportWorkbookService;
import org.innocomplex.submission.api.UploadResult;
import org.innocomplex.web.access.LocaleView;
import org.innocomplex.web.errors.RequestParams;
import org.innocomplex.web.support.Faces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * {@code submission/reports.xhtml?cycle=<id>}: the bureau's offline collection of one cycle's reports: the list,
 * the template to fill in Excel, the upload of filled templates, the list as a workbook. Without {@code cycle} it
 * shows the newest cycle that is collecting reports (an administrator's of the city {@code ?city=}, else of
 * {@link ActorScope#defaultCity}). Who may do this is checked by the service.
 */
@Named
@ViewScoped
public class SubmissionReportsView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CurrentUser currentUser;

    @Inject
    CycleService cycleService;

    @Inject
    ReportWorkbookService workbooks;

    @Inject
    RegistryService registry;

    @Inject
    LocaleView locale;

    @Inject
    Faces faces;

    private List<CycleData> cycles = List.of();
    private CycleData cycle;
    private Long cycleId;
    private List<CycleReportRow> reports = List.of();
    private UploadResult result;
    /**
     * Why the page shows nothing, in the user's language. Kept for the page to show itself: the bean is made while
     * the content renders, after the layout's message area has rendered.
     */
    private String refusal;

    @PostConstruct
    void load() {
        Actor actor = currentUser.require();
        ActorScope scope = registry.scopeOf(actor);
        if (!scope.runsCycles()) {
            refusal = faces.text("submission.excel.error.notAllowed");
            return;
        }
        Long param = RequestParams.optionalId("cycle");
        Optional<CycleData> asked = param == null ? Optional.empty() : cycleService.cycle(param);
        String city = scope.city(
                asked.map(CycleData::cityCode).orElseGet(() -> RequestParams.optionalToken("city")), registry.cities());
        cycles = city == null ? List.of() : cycleService.cycles(city);
        cycle = asked.or(() -> cycles.stream()
                        .filter(c -> c.status() == CycleStatus.OPEN)
                        .findFirst())
                .or(() -> cycles.stream().findFirst())
                .orElse(null);
        if (cycle == null) {
            return;
        }
        cycleId = cycle.id();
        try {
            reports = workbooks.reports(cycleId, actor);
        } catch (DomainException e) {
            cycle = null;
            refusal = faces.text(e);
        }
    }

    /**
     * The selector's choice, as a bookmarkable address. Everything else on the page works on the cycle shown,
     * never on the selector's value, so the downloads always match the list.
     */
    public void changeCycle() {
        faces.redirect("/submission/reports.xhtml?cycle=" + cycleId);
    }

    public String cycleLabel(CycleData c) {
        // every CycleStatus has its submission.cycleStatus.* key (MessageBundleTest)
        String statusKey = "submission.cycleStatus." + c.status().name();
        return faces.text("submission.reports.cycleOption", String.valueOf(c.year()), faces.text(statusKey));
    }

    public StreamedContent downloadTemplate() {
        return file(
                "submission.excel.templateFile",
                () -> workbooks.template(cycle.id(), locale.getCurrent(), faces.bundle(), currentUser.require()));
    }

    public StreamedContent exportList() {
        return file(
                "submission.excel.listFile",
                () -> workbooks.export(cycle.id(), locale.getCurrent(), faces.bundle(), currentUser.require()));
    }

    /** the workbook as a download, or none with the refusal shown on the page */
    private StreamedContent file(String nameKey, Supplier<byte[]> bytes) {
        if (cycle == null) {
            return null;
        }
        try {
            byte[] content = bytes.get();
            return DefaultStreamedContent.builder()
                    .name(faces.text(nameKey, String.valueOf(cycle.year())))
                    .contentType(XLSX)
                    .contentLength((long) content.length)
                    .stream(() -> new ByteArrayInputStream(content))
                    .build();
        } catch (DomainException e) {
            faces.error(e);
            return null;
        }
    }

    public void upload(FileUploadEvent event) {
        result = null;
        if (cycle == null) {
            return;
        }
        Actor actor = currentUser.require();
        try (InputStream in = event.getFile().getInputStream()) {
            result = workbooks.upload(cycle.id(), in, actor);
        } catch (DomainException e) {
            faces.error(e);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (result.accepted()) {
            reports = workbooks.reports(cycle.id(), actor);
        }
    }

    public String resultText() {
        if (result == null) {
            return "";
        }
        return result.accepted()
                ? faces.text("submission.reports.updated", result.updated(), result.rows())
                : faces.text("submission.reports.refused", result.errors().size());
    }

    public List<CycleData> getCycles() {
        return cycles;
    }

    public CycleData getCycle() {
        return cycle;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public List<CycleReportRow> getReports() {
        return reports;
    }

    public String getRefusal() {
        return refusal;
    }

    public UploadResult getResult() {
        return result;
    }
}
