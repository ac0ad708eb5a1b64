package org.innocomplex.web.errors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parameters of the PrimeFaces events the pages listen to, checked before the components decode them. A chart's
 * {@code itemSelect} (the dashboard's click-through) carries {@code itemIndex} and {@code dataSetIndex}, which
 * PrimeFaces passes to {@code Integer.parseInt} unchecked: a post without them failed with a
 * {@code NumberFormatException}, which Mojarra logs with its stack before any exception handler sees it. Here such a
 * post is refused with a 400 like every other malformed request ({@link PageExceptionHandler}), before decoding.
 */
public class EventParamsCheck implements PhaseListener {
    private static final long serialVersionUID = 1L;
    private static final Pattern INDEX = Pattern.compile("\\d{1,6}");

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.APPLY_REQUEST_VALUES;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext fc = event.getFacesContext();
        Map<String, String> p = fc.getExternalContext().getRequestParameterMap();
        if ("itemSelect".equals(p.get("jakarta.faces.behavior.event"))) {
            for (String name : new String[] {"itemIndex", "dataSetIndex"}) {
                String v = p.get(name);
                if (v == null || !INDEX.matcher(v).matches()) {
                    PageExceptionHandler.refuse(
                            fc,
                            new PageExceptionHandler.Refusal(
                                    "error.badParameter " + name,
                                    "error.badRequest.title",
                                    "error.badParameter",
                                    new Object[] {name}));
                    return;
                }
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing: the check is on what comes in
    }
}
