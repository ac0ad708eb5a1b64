package org.innocomplex.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innocomplex.access.api.AuditReader;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;

/** The audit trail for the audit administrator alone (anyone else: 403 {@code access.error.only.AUDITOR}). */
@Path("audit")
@Tag(name = "audit")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AuditResource {

    @Inject
    AuditReader audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    ZoneId bureau;

    @GET
    @Operation(
            summary = "Audit entries, filtered and paged, newest first",
            description = "Auditors only. `from` and `to` are an ISO-8601 instant (2026-12-04T08:00:00Z) or a date "
                    + "(the bureau's day); the range is [from, to). actor, action, objectType, objectId match "
                    + "exactly; result is OK, FAILED or REFUSED. Texts are as stored: line breaks and control "
                    + "characters escaped (\\n, \\u{0007}).")
    public Page<AuditTrail.Line> entries(
            @Parameter(description = "from this instant or date on") @QueryParam("from") String from,
            @Parameter(description = "before this instant, or up to the end of this date") @QueryParam("to") String to,
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("objectType") String objectType,
            @QueryParam("objectId") String objectId,
            @Parameter(description = "OK, FAILED or REFUSED") @QueryParam("result") String result,
            @QueryParam("first") Integer first,
            @Parameter(description = "at most 500") @QueryParam("max") Integer max) {
        var auditor = currentUser.require();
        AuditReader.Query q = new AuditReader.Query(
                time(from, "from", false),
                time(to, "to", true),
                actor,
                action,
                objectType,
                objectId,
                Params.enumOf(AuditTrail.Result.class, result, "result"));
        int f = Params.first(first);
        long total = audit.count(auditor, q);
        List<AuditTrail.Line> items = audit.find(auditor, q, f, Params.max(max, 50, AuditReader.MAX_PAGE));
        return new Page<>(total, f, items);
    }

    @GET
    @Path("verify")
    @Operation(
            summary = "Verifies the whole hash chain",
            description = "Auditors only. `{\"intact\": true|false, \"entries\": N, \"firstBroken\": id|null, "
                    + "\"millis\": M}`: firstBroken is the first entry that was changed, or that follows a deleted "
                    + "one (or, when the last entries were deleted, the last id the chain's head names).")
    public String verify() {
        AuditReader.Verification v = audit.verify(currentUser.require());
        JsonObjectBuilder b =
                Json.createObjectBuilder().add("intact", v.intact()).add("entries", v.entries());
        if (v.firstBroken() == null) {
            b.addNull("firstBroken");
        } else {
            b.add("firstBroken", v.firstBroken());
        }
        return b.add("millis", v.millis()).build().toString();
    }

    /** an instant, or a date: its start (or for {@code to}, the next day's start) in the bureau's zone */
    Instant time(String value, String param, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.length() == 10
                    ? LocalDate.parse(v)
                            .plusDays(end ? 1 : 0)
                            .atStartOfDay(bureau)
                            .toInstant()
                    : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new ValidationException(List.of(
                    new Violation(param, "api.error.badParameter", param, value, "2026-12-04T08:00:00Z, 2026-12-04")));
        }
    }
}
