package org.innocomplex.web.access;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.innocomplex.access.api.AuditReader;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.web.support.Faces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * {@code access/audit.xhtml}, the audit administrator's page (web.xml lets only AUDITOR in; {@link AuditReader}
 * checks again): the trail filtered by time, actor, action, object and result, newest first, page by page; an
 * entry's detail; the filtered entries as an Excel file; the verification of the chain.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter CELL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    @Inject
    transient AuditReader audit;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Faces faces;

    @Inject
    ZoneId zone;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String action;
    private String objectType;
    private String objectId;
    private AuditTrail.Result result;

    private List<String> actions;
    private AuditTrail.Line selected;
    private AuditReader.Verification verification;
    private final LazyDataModel<AuditTrail.Line> list = new Lines();

    @PostConstruct
    void load() {
        try {
            actions = audit.actions(currentUser.require());
        } catch (DomainException e) {
            actions = List.of();
            faces.error(e);
        }
    }

    class Lines extends LazyDataModel<AuditTrail.Line> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(currentUser.require(), query()));
        }

        @Override
        public List<AuditTrail.Line> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return audit.find(currentUser.require(), query(), first, Math.min(pageSize, AuditReader.MAX_PAGE));
        }

        @Override
        public String getRowKey(AuditTrail.Line l) {
            return String.valueOf(l.id());
        }

        @Override
        public AuditTrail.Line getRowData(String key) {
            return getWrappedData() == null
                    ? null
                    : getWrappedData().stream()
                            .filter(l -> String.valueOf(l.id()).equals(key))
                            .findFirst()
                            .orElse(null);
        }
    }

    /** the filter as typed: dates are the bureau's days, {@code to} included */
    AuditReader.Query query() {
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditReader.Query(start, end, actor, action, objectType, objectId, result);
    }

    public void clear() {
        from = null;
        to = null;
        actor = null;
        action = null;
        objectType = null;
        objectId = null;
        result = null;
    }

    public void verify() {
        verification = audit.verify(currentUser.require());
    }

    /** the filtered entries (at most {@link AuditReader#MAX_EXPORT}) as a workbook; the export is audited itself */
    public StreamedContent export() {
        var auditor = currentUser.require();
        AuditReader.Query q = query();
        List<AuditTrail.Line> lines = audit.find(auditor, q, 0, AuditReader.MAX_EXPORT);
        byte[] bytes = workbook(lines);
        audit.exported(auditor, q, lines.size(), "xlsx");
        return DefaultStreamedContent.builder()
                .name(faces.text("access.audit.file", LocalDate.now(zone).toString()))
                .contentType(XLSX)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    byte[] workbook(List<AuditTrail.Line> lines) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(cut31(faces.text("access.audit.sheet")));
            String[] head = {
                "access.audit.col.id",
                "access.audit.col.at",
                "access.audit.col.actor",
                "access.audit.col.source",
                "access.audit.col.action",
                "access.audit.col.objectType",
                "access.audit.col.objectId",
                "access.audit.col.result",
                "access.audit.col.detail",
                "access.audit.col.hash"
            };
            Row h = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(faces.text(head[i]));
            }
            int r = 1;
            for (AuditTrail.Line l : lines) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(l.id());
                row.createCell(1).setCellValue(CELL_TIME.format(l.at().atZone(zone)));
                cell(row, 2, l.actor());
                cell(row, 3, l.source());
                cell(row, 4, l.action());
                cell(row, 5, l.objectType());
                cell(row, 6, l.objectId());
                cell(row, 7, l.result() == null ? null : l.result().name());
                cell(row, 8, l.detail());
                cell(row, 9, l.hash());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text cell. Texts that begin like a formula ({@code = + - @}) stay texts: a string cell written by POI is
     * never evaluated by the spreadsheet, only a formula cell would be.
     */
    private static void cell(Row row, int i, String text) {
        row.createCell(i).setCellValue(text == null ? "" : text);
    }

    private static String cut31(String s) {
        return s.length() <= 31 ? s : s.substring(0, 31);
    }

    /** the detail with its lines back, for the dialog */
    public List<String> detailLines() {
        if (selected == null || selected.detail() == null) {
            return List.of();
        }
        return List.of(selected.detail().split("\\\\n", -1));
    }

    public String getRetentionText() {
        return faces.text("access.audit.retention", String.valueOf(audit.retentionDays()));
    }

    public String getVerificationDetail() {
        return verification == null
                ? ""
                : faces.text(
                        "access.audit.verify.entries",
                        String.valueOf(verification.entries()),
                        String.valueOf(verification.millis()));
    }

    public String getBrokenText() {
        return verification == null || verification.firstBroken() == null
                ? ""
                : faces.text("access.audit.verify.broken", String.valueOf(verification.firstBroken()));
    }

    public LazyDataModel<AuditTrail.Line> getList() {
        return list;
    }

    public List<String> getActions() {
        return actions;
    }

    public AuditTrail.Result[] getResults() {
        return AuditTrail.Result.values();
    }

    public AuditTrail.Line getSelected() {
        return selected;
    }

    public void setSelected(AuditTrail.Line selected) {
        this.selected = selected;
    }

    public AuditReader.Verification getVerification() {
        return verification;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public AuditTrail.Result getResult() {
        return result;
    }

    public void setResult(AuditTrail.Result result) {
        this.result = result;
    }
}
